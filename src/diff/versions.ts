/**
 * The major version of each side, from the three places SRV-03 accepts: `info.version`, the server
 * URL (`…/v3`), the path prefix (`/v3/…`). A breaking change is allowed only with a new major.
 */
import { isObject, type LoadedSpec } from '../load/spec.js';
import { serverUrls } from '../../rulesets/srv/server-urls.js';

const PATH_VERSION = /^v(\d+)(?:[._]\d+)*$/i;

export interface Majors {
  info: number | null;
  server: number | null;
  /** The highest major among the paths. */
  paths: number | null;
  /** As written: `info.version`, the first server URL. */
  version: string;
  serverUrl: string;
}

/** The major of the first `/vN` segment of a path, or null. */
export function pathMajor(pathKey: string): number | null {
  for (const seg of pathKey.split('/')) {
    const m = PATH_VERSION.exec(seg);
    if (m) return Number(m[1]);
  }
  return null;
}

/** The path with its version segment replaced, to pair `/v3/x` with `/v4/x` across a new major. */
export function withoutVersion(pathKey: string): string {
  return pathKey
    .split('/')
    .map((seg) => (PATH_VERSION.test(seg) ? 'v*' : seg))
    .join('/');
}

function urlPath(url: string): string {
  const m = /^[a-z][a-z0-9+.-]*:\/\/[^/]*(.*)$/i.exec(url);
  return (m ? m[1]! : url).split(/[?#]/)[0]!;
}

export function majorsOf(spec: LoadedSpec, pathKeys: string[]): Majors {
  const data = isObject(spec.root.data) ? spec.root.data : {};
  const info = isObject(data.info) ? data.info : {};
  const v = typeof info.version === 'string' || typeof info.version === 'number' ? String(info.version) : '';
  const im = /^v?(\d+)/i.exec(v.trim());
  const server = serverUrls(spec.root)[0];
  const sm = server ? pathMajor(urlPath(server.url)) : null;
  // No spread: a spec can have more paths than a call has room for arguments.
  const paths = pathKeys.reduce<number | null>((max, key) => {
    const m = pathMajor(key);
    return m !== null && (max === null || m > max) ? m : max;
  }, null);
  return { info: im ? Number(im[1]) : null, server: sm, paths, version: v, serverUrl: server?.url ?? '' };
}

const same = (x: number | null, y: number | null) => x === null || y === null || x === y;

/** The document-level majors are the same (a side that does not say is not a change). */
export function sameDocumentMajor(a: Majors, b: Majors): boolean {
  return same(a.info, b.info) && same(a.server, b.server);
}

/** Where the new major shows, for the changelog line (`info.version 1.2.0 → 2.0.0`), or null. */
export function majorChange(a: Majors, b: Majors): { from: string; to: string } | null {
  if (!same(a.info, b.info)) return { from: `info.version ${a.version}`, to: b.version };
  if (!same(a.server, b.server)) return { from: a.serverUrl, to: b.serverUrl };
  if (!same(a.paths, b.paths)) return { from: `/v${a.paths}/…`, to: `/v${b.paths}/…` };
  return null;
}

export { urlPath };
