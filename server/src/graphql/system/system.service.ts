import { LOCALES } from '../../../../shared/src/locales';
import { APP_NAME, APP_VERSION } from '../../version';
import type { RequestContext } from '../../context/request-context';
import type { AppInfo } from './system.types';

export class SystemService {
  appInfo(ctx: RequestContext): AppInfo {
    return {
      name: APP_NAME,
      version: APP_VERSION,
      supportEmail: ctx.config.supportEmail,
      locales: [...LOCALES],
      serverTime: new Date(),
    };
  }
}
