import { Foundation1763776800000 } from './migrations/1763776800000-foundation';

/** Every committed migration, oldest first. New ones are generated with `npm run db:migration:generate`. */
export const migrations = [Foundation1763776800000];
