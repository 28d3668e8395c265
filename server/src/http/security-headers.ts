import type { RequestHandler } from 'express';
import helmet from 'helmet';

/** HSTS for a year once a browser has seen the portal over HTTPS. */
const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * The browser's rules for every answer (helmet). One content security policy serves the SPA
 * and the API explorer, both built into our own assets:
 * - scripts only from this origin (no inline script, no eval);
 * - inline styles allowed: Mantine writes its CSS variables in a <style> tag and Monaco
 *   (GraphiQL's editor) sets style attributes and injects its own stylesheet;
 * - workers from this origin or blob: (Monaco's language workers);
 * - no framing by anyone (`frame-ancestors 'none'`), no plugins, forms post here only.
 * HSTS only where it means something: in production, or on a request that came over HTTPS.
 */
export function securityHeaders(options: { production: boolean }): RequestHandler[] {
  const { production } = options;
  const headers = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(production ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    referrerPolicy: { policy: 'same-origin' },
    strictTransportSecurity: false,
    xFrameOptions: { action: 'deny' },
  });
  const hsts: RequestHandler = (req, res, next) => {
    if (production || req.secure) res.setHeader('Strict-Transport-Security', HSTS);
    next();
  };
  return [headers, hsts];
}
