/** Building call URLs from the base URL and the spec's path templates, and curl reproductions. */
import { isObject } from '../load/spec.js';

/** The path part of the spec's first server URL (`https://api.example.gouv.fr/v1` → `/v1`), without trailing slash. */
export function serverPathOf(root: unknown): string {
  const servers = isObject(root) ? root.servers : undefined;
  const first = Array.isArray(servers) ? servers[0] : undefined;
  if (!isObject(first) || typeof first.url !== 'string') return '';
  const vars = isObject(first.variables) ? first.variables : {};
  const url = first.url.replace(/\{([^}]+)\}/g, (m, name: string) => {
    const v = vars[name];
    return isObject(v) && v.default !== undefined ? String(v.default) : m;
  });
  try {
    return new URL(url, 'http://server.invalid').pathname.replace(/\/+$/, '');
  } catch {
    return '';
  }
}

/**
 * The URL of a spec path under the base URL. The base URL usually carries the server's path prefix
 * (`http://127.0.0.1:8080/v1` + `/unites_legales/1` ); when the spec's paths already hold that prefix
 * (server `https://api.gouv.fr`, paths `/v1/...`) it is not repeated.
 */
export function joinUrl(base: URL, specPath: string, serverPath: string): URL {
  const basePath = base.pathname.replace(/\/+$/, '');
  const path = specPath.startsWith('/') ? specPath : `/${specPath}`;
  const repeated = basePath !== '' && (path === basePath || path.startsWith(basePath + '/')) && !serverPath.endsWith(basePath);
  const url = new URL(base.href);
  url.pathname = repeated ? path : basePath + path;
  url.search = '';
  return url;
}

/** Fills `{name}` segments of a path template, each value percent-encoded. */
export function fillPath(template: string, values: Record<string, string>): string {
  return template.replace(/\{([^}]+)\}/g, (m, name: string) => (name in values ? encodeURIComponent(values[name]!) : m));
}

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** `curl -sS -X GET 'https://…' -H 'Authorization: Bearer ***'` (the caller masks the credential). */
export function curlOf(method: string, url: string, headers: [string, string][]): string {
  const parts = ['curl', '-sS', '-i'];
  if (method === 'HEAD') parts.push('-I');
  else parts.push('-X', method);
  parts.push(shellQuote(url));
  for (const [name, value] of headers) parts.push('-H', shellQuote(`${name}: ${value}`));
  return parts.join(' ');
}
