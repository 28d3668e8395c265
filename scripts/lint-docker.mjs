// No Docker engine runs on the development and CI machines, so docker/ is kept honest by
// this check: the image is multi-stage, non-root, production-only, with a HEALTHCHECK that
// hits /healthz, starting the same entry point as `npm start`; compose wires PostgreSQL 17,
// the app (DATABASE_URL, SMTP_URL, the reply listener INBOUND_SMTP_PORT) and a mail catcher.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '..');
/** @type {string[]} */
const problems = [];
const need = (/** @type {boolean} */ ok, /** @type {string} */ message) =>
  ok || problems.push(message);

const dockerfile = fs.readFileSync(path.join(root, 'docker/Dockerfile'), 'utf8');
const stages = dockerfile.match(/^FROM\s+\S+/gm) ?? [];
need(stages.length >= 2, 'Dockerfile: expected a multi-stage build');
need(/^FROM node:20\b/m.test(dockerfile), 'Dockerfile: the Node major must match engines (20)');
const runtime = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
need(/^USER\s+(?!root\b)\S+/m.test(runtime), 'Dockerfile: the runtime stage must not run as root');
need(/HEALTHCHECK[\s\S]*\/healthz/.test(runtime), 'Dockerfile: HEALTHCHECK must call /healthz');
need(
  /npm prune --omit=dev/.test(dockerfile),
  'Dockerfile: the image must carry production dependencies only',
);
need(
  runtime.includes('dist/node/server/src/main.js'),
  'Dockerfile: CMD must start dist/node/server/src/main.js (the entry point of npm start)',
);
const start = fs.readFileSync(path.join(root, 'scripts/build-state.mjs'), 'utf8');
need(
  start.includes('dist/node/server/src/main.js'),
  'scripts/build-state.mjs: entry point moved; update the Dockerfile',
);

const compose = parse(fs.readFileSync(path.join(root, 'docker/compose.yaml'), 'utf8'));
const services = compose?.services ?? {};
need(/^postgres:17/.test(services.postgres?.image ?? ''), 'compose: postgres must be postgres:17');
need(
  (services.postgres?.volumes ?? []).some((/** @type {unknown} */ v) =>
    String(v).includes('/var/lib/postgresql/data'),
  ),
  'compose: postgres needs a volume for its data',
);
const mail = Object.values(services).find((s) => /mailpit|mailhog|maildev/.test(s?.image ?? ''));
need(!!mail, 'compose: a mail catcher service is missing');
const appEnv = services.app?.environment ?? {};
need(/^postgres(ql)?:\/\//.test(appEnv.DATABASE_URL ?? ''), 'compose: app needs DATABASE_URL');
need(/^smtps?:\/\//.test(appEnv.SMTP_URL ?? ''), 'compose: app needs SMTP_URL to the mail catcher');
const inbound = String(appEnv.INBOUND_SMTP_PORT ?? '');
need(/^\d+$/.test(inbound), 'compose: app needs INBOUND_SMTP_PORT (the reply listener)');
need(
  (services.app?.ports ?? []).some((/** @type {unknown} */ p) => String(p).endsWith(`:${inbound}`)),
  'compose: app must publish the INBOUND_SMTP_PORT port',
);
need(
  services.app?.build?.dockerfile === 'docker/Dockerfile',
  'compose: app must build docker/Dockerfile',
);

if (problems.length) {
  console.error(problems.map((p) => `docker lint: ${p}`).join('\n'));
  process.exit(1);
}
console.log('docker/: Dockerfile and compose.yaml pass the checks.');
