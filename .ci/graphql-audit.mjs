// GraphQL over HTTP compliance audit: runs graphql-http's serverAudits against a running server.
//
//   node .ci/graphql-audit.mjs [URL]        (URL defaults to http://localhost:8080/graphql)
//
// Prints one line per audit (ok / NOTICE / WARN / ERROR, with the reason when not ok), then
// "graphql-http audit: N ok, W warnings, E errors" and exits 1 when W + E > 0 (2 when the audit
// itself could not run, e.g. the server is unreachable). NOTICEs are failed MAY audits: reported,
// counted on the summary line, but not failing. `.ci/graphql-audit` installs graphql-http and runs
// this with node; the package is resolved from GRAPHQL_HTTP_MODULE (a path to its
// lib/index.mjs) when set, else from the normal module resolution.
import { pathToFileURL } from 'node:url';

const url = process.argv[2] || 'http://localhost:8080/graphql';
const perAuditTimeoutMs = Number(process.env.GRAPHQL_AUDIT_TIMEOUT_MS || 15000);

if (typeof fetch !== 'function') {
  console.error(`graphql-http audit: node ${process.version} has no global fetch; use node 18+`);
  process.exit(2);
}

const moduleUrl = process.env.GRAPHQL_HTTP_MODULE
  ? pathToFileURL(process.env.GRAPHQL_HTTP_MODULE).href
  : 'graphql-http';
const { serverAudits } = await import(moduleUrl);

// Every request gets a timeout, so a server that stops answering fails the audit instead of
// hanging CI.
const fetchFn = (input, init = {}) =>
  fetch(input, { ...init, signal: AbortSignal.timeout(perAuditTimeoutMs) });

const counts = { ok: 0, notice: 0, warn: 0, error: 0 };
const label = { ok: 'ok', notice: 'NOTICE', warn: 'WARN', error: 'ERROR' };

let fatal = 0;
for (const audit of serverAudits({ url, fetchFn })) {
  let result;
  try {
    result = await audit.fn();
  } catch (err) {
    // graphql-http throws only for fatal problems (unreachable server, timeout, ...).
    console.log(`FATAL  ${audit.id} ${audit.name}: ${err && err.message ? err.message : err}`);
    if (++fatal >= 3) {
      console.log('giving up after 3 audits that could not run');
      break;
    }
    continue;
  }
  counts[result.status]++;
  if (result.status === 'ok') {
    console.log(`ok     ${result.id} ${result.name}`);
  } else {
    let detail = '';
    const res = result.response;
    if (res) {
      let body = '';
      try {
        body = (await res.text()).replace(/\s+/g, ' ').slice(0, 200);
      } catch {
        // body already consumed or unavailable
      }
      detail = ` [HTTP ${res.status} ${res.headers.get('content-type') || '-'}${body ? ` ${body}` : ''}]`;
    }
    console.log(
      `${label[result.status].padEnd(6)} ${result.id} ${result.name}: ${result.reason}${detail}`,
    );
  }
}

const notices = counts.notice ? `, ${counts.notice} notices` : '';
console.log(
  `graphql-http audit: ${counts.ok} ok, ${counts.warn} warnings, ${counts.error} errors${notices}` +
    (fatal ? `, ${fatal} could not run` : ''),
);
if (fatal > 0) process.exit(2);
process.exit(counts.warn + counts.error > 0 ? 1 : 0);
