/** Where the major version of an API is written: a `/v1`-like (or `/1.0`) segment of a server URL or path. */
import type { OperationInfo } from '../../src/lint/spec-index.js';
import type { ServerUrl } from './server-urls.js';

const VERSION_SEGMENT = /^(v\d+([._]\d+)*|\d+\.\d+(\.\d+)?)$/i;

export function hasVersionSegment(urlOrPath: string): boolean {
  let p = urlOrPath;
  const scheme = /^[a-z][a-z0-9+.-]*:\/\/[^/]*/i.exec(p);
  if (scheme) p = p.slice(scheme[0].length);
  return p.split(/[/?#]/).some((seg) => VERSION_SEGMENT.test(seg));
}

/** True when every server URL carries the version (then paths need not). */
export function serversVersioned(servers: ServerUrl[]): boolean {
  return servers.length > 0 && servers.every((s) => hasVersionSegment(s.url));
}

/** The path keys of the operations, each once, split by whether they carry a version. */
export function pathsByVersion(ops: OperationInfo[]): { versioned: string[]; unversioned: string[] } {
  const keys = [...new Set(ops.map((o) => o.pathKey))];
  return { versioned: keys.filter(hasVersionSegment), unversioned: keys.filter((k) => !hasVersionSegment(k)) };
}

/**
 * The data paths (health routes aside) split by whether they carry a version. An API whose server
 * is unversioned and whose paths are mostly unversioned (`/declarationActivite/v2` beside twelve
 * bare paths) has no major version: a `/v2` on a few paths versions those resources, not the API.
 */
export function dataPathsByVersion(ops: OperationInfo[]): { versioned: string[]; unversioned: string[] } {
  return pathsByVersion(ops.filter((o) => !o.isHealth));
}

/** True when fewer than half of the data paths carry a version. */
export function mostlyUnversioned(ops: OperationInfo[]): boolean {
  const { versioned, unversioned } = dataPathsByVersion(ops);
  return versioned.length < unversioned.length;
}
