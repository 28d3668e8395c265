// No Docker engine runs on the development and CI machines, so docker/ is kept honest by
// this check: the image is multi-stage, non-root, production-only, with a HEALTHCHECK that
// hits /healthz, starting the same entry point as `npm start`; compose wires PostgreSQL 17,
// at least two app replicas (DATABASE_URL through PgBouncer, DATABASE_DIRECT_URL to
// PostgreSQL, SMTP_URL) behind a reverse proxy that checks /readyz, PgBouncer in transaction
// pooling mode, a mail catcher, and the reply listener (INBOUND_SMTP_PORT, published by app).
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

const compose = parse(fs.readFileSync(path.join(root, 'docker/compose.yaml'), 'utf8'), {
  merge: true,
});
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

const replicas = Object.entries(services).filter(
  ([, s]) => s?.build?.dockerfile === 'docker/Dockerfile',
);
need(replicas.length >= 2, 'compose: run at least two app replicas built from docker/Dockerfile');
need(!!services.app, 'compose: the first replica is the service "app"');
for (const [name, service] of replicas) {
  const env = service.environment ?? {};
  need(
    /^postgres(ql)?:\/\/[^@]*@pgbouncer[:/]/.test(env.DATABASE_URL ?? ''),
    `compose: ${name} needs DATABASE_URL through pgbouncer`,
  );
  need(
    /^postgres(ql)?:\/\/[^@]*@postgres[:/]/.test(env.DATABASE_DIRECT_URL ?? ''),
    `compose: ${name} needs DATABASE_DIRECT_URL straight to postgres`,
  );
  need(
    /^smtps?:\/\//.test(env.SMTP_URL ?? ''),
    `compose: ${name} needs SMTP_URL to the mail catcher`,
  );
  need(!!env.METRICS_TOKEN, `compose: ${name} needs METRICS_TOKEN (/metrics is not public)`);
}
const inbound = String(services.app?.environment?.INBOUND_SMTP_PORT ?? '');
need(/^\d+$/.test(inbound), 'compose: app needs INBOUND_SMTP_PORT (the reply listener)');
need(
  (services.app?.ports ?? []).some((/** @type {unknown} */ p) => String(p).endsWith(`:${inbound}`)),
  'compose: app must publish the INBOUND_SMTP_PORT port',
);

const proxy = Object.values(services).find((s) => /^(caddy|nginx)(:|$)/.test(s?.image ?? ''));
need(!!proxy, 'compose: a reverse proxy (caddy or nginx) in front of the replicas is missing');
const caddyfile = fs.readFileSync(path.join(root, 'docker/Caddyfile'), 'utf8');
for (const [name] of replicas) {
  need(caddyfile.includes(`${name}:4000`), `Caddyfile: the proxy does not send to ${name}:4000`);
}
need(/health_uri\s+\/readyz/.test(caddyfile), 'Caddyfile: health checks must use /readyz');
need(
  (proxy?.volumes ?? []).some((/** @type {unknown} */ v) => String(v).includes('Caddyfile')),
  'compose: the proxy must mount docker/Caddyfile',
);

need(!!services.pgbouncer?.build, 'compose: a pgbouncer service is missing');
const ini = fs.readFileSync(path.join(root, 'docker/pgbouncer/pgbouncer.ini'), 'utf8');
need(/^pool_mode\s*=\s*transaction\s*$/m.test(ini), 'pgbouncer.ini: pool_mode must be transaction');
need(/^listen_port\s*=\s*6432\s*$/m.test(ini), 'pgbouncer.ini: listen on 6432 as compose expects');

if (problems.length) {
  console.error(problems.map((p) => `docker lint: ${p}`).join('\n'));
  process.exit(1);
}
console.log('docker/: Dockerfile and compose.yaml pass the checks.');
