import { deliverMailJob } from '../mail/deliver.job';
import { authCleanupJob } from '../modules/accounts/auth/cleanup.job';
import { ticketLifecycleJob } from '../modules/support/ticket/lifecycle.job';
import type { ScheduledJob } from './queue';

/**
 * Every scheduled job of the portal. Modules add theirs here (auto-resolve, auto-close …);
 * `npm run admin -- run-jobs` runs each once.
 */
export const scheduledJobs: readonly ScheduledJob[] = [
  ticketLifecycleJob,
  deliverMailJob,
  authCleanupJob,
];
