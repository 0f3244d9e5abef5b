/**
 * ERR-08: error responses leak nothing internal: stack traces, exception classes, SQL, file paths,
 * internal host names, framework or server version banners (in the body, or `X-Powered-By` /
 * versioned `Server` headers).
 */
import { completed, locOf, parseJson, report, type LiveCheck } from './check.js';
import { liveRule } from './catalogue.js';

type Leak = 'stack' | 'exception' | 'sql' | 'path' | 'host' | 'banner';

const PATTERNS: [Leak, RegExp][] = [
  ['stack', /\n\s*at [\w$.<>[\] ]+ \(?[^\s()]+:\d+:\d+\)?|Traceback \(most recent call last\)|\bat [\w$]+(?:\.[\w$<>]+)+\([\w$]+\.java:\d+\)|#\d+ \/\S+\.php\(\d+\)|\.rb:\d+:in `|File "[^"]+\.py", line \d+/],
  [
    'exception',
    /\b(?:[a-z_]\w*\.)+[A-Z]\w*(?:Exception|Error)\b|\b(?:TypeError|ReferenceError|SyntaxError|RangeError|NullPointerException|IllegalArgumentException|IllegalStateException|RuntimeException|KeyError|ValueError|AttributeError|IndexError|NoMethodError|PDOException|SQLException|NullReferenceException|InvalidOperationException|ArgumentNullException)\b|\bActiveRecord::\w+/,
  ],
  ['sql', /\b(?:SELECT|INSERT|UPDATE|DELETE)\b[^"\n]{1,200}?\b(?:FROM|INTO|SET|WHERE)\b|SQLSTATE\[|\bORA-\d{5}\b|syntax error at or near|\bPG::\w+|\bSQLITE_[A-Z]+|error in your SQL syntax|duplicate key value violates/],
  ['path', /(?:^|[\s"'(=])\/(?:var|usr|opt|srv|home|app|etc|root|tmp)\/[\w.\-/]+|\b[A-Za-z]:\\(?:[\w .-]+\\)+|\b[\w-]+\.(?:py|rb|php|java|js|ts|go|cs)(?::\d+|", line \d+| on line \d+)/],
  [
    'host',
    /\blocalhost\b|\b(?:10\.\d{1,3}|172\.(?:1[6-9]|2\d|3[01])|192\.168|127\.\d{1,3})\.\d{1,3}\.\d{1,3}\b|\b[\w-]+(?:\.[\w-]+)*\.(?:internal|local|lan|intra|intranet|corp|localdomain)\b/,
  ],
  ['banner', /\b(?:Apache|nginx|Microsoft-IIS|Jetty|Tomcat|Werkzeug|gunicorn|uvicorn|Kestrel|Express|PHP|Phusion Passenger|WildFly|JBoss|Puma)\/\d+(?:\.\d+)*|Whitelabel Error Page|Cannot (?:GET|POST|DELETE) \//i],
];

/** The first internal detail found in a text, the base URL's own host excepted. */
export function findLeak(text: string, ownHost: string): { leak: Leak; snippet: string } | null {
  for (const [leak, re] of PATTERNS) {
    const m = re.exec(text);
    if (m === null) continue;
    const snippet = m[0].trim();
    if (leak === 'host' && snippet.toLowerCase() === ownHost.toLowerCase()) continue;
    return { leak, snippet: snippet.length > 80 ? `${snippet.slice(0, 77)}...` : snippet };
  }
  return null;
}

/** The string values of a JSON body (escapes decoded, so a `\n    at ...` stack line shows as one), else the raw text. */
function textOf(body: Buffer, json: { ok: true; value: unknown } | { ok: false }): string {
  if (!json.ok) return body.toString('utf8');
  const out: string[] = [];
  const stack: unknown[] = [json.value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) for (const x of v) stack.push(x); // no spread: a body may hold 100,000s of items
    else if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v)) stack.push(k, x);
  }
  return out.join('\n');
}

export const leak: LiveCheck = {
  ...liveRule('bouquet-live-leak'),
  examines: (o) => o.call.kind !== 'plain-http' && (o.response?.status ?? 0) >= 400,
  onCall(o, ctx) {
    const r = completed(o);
    if (r === null || r.status < 400 || o.call.kind === 'plain-http') return;
    const at = locOf(o, ctx);
    const args = { operation: o.call.operation, status: r.status };
    const found = findLeak(textOf(r.body, parseJson(r)), ctx.baseUrl.hostname);
    if (found !== null) report(this, ctx, found.leak, { ...args, snippet: found.snippet }, at, o, { dedupe: String(r.status) });
    const poweredBy = r.headers['x-powered-by'];
    const server = r.headers.server;
    if (poweredBy !== undefined) report(this, ctx, 'bannerHeader', { ...args, header: 'X-Powered-By', value: poweredBy }, at, o);
    else if (server !== undefined && /\d/.test(server)) report(this, ctx, 'bannerHeader', { ...args, header: 'Server', value: server }, at, o);
  },
};
