/** Document-level comparison: the server base URL and the security schemes' definitions. */
import { isObject, type Loc } from '../load/spec.js';
import { serverUrls } from '../../rulesets/srv/server-urls.js';
import type { Sides } from './schema.js';
import { urlPath } from './versions.js';

/** What a consumer's client is configured with: changing one of these breaks it. */
const SCHEME_FIELDS = ['type', 'scheme', 'in', 'name', 'bearerFormat', 'openIdConnectUrl'] as const;
const FLOW_FIELDS = ['tokenUrl', 'authorizationUrl'] as const;

export function compareServers(sides: Sides, sameMajor: boolean): void {
  const o = serverUrls(sides.old.root)[0];
  const n = serverUrls(sides.new.root)[0];
  if (!o || !n) return;
  const oldLoc: Loc = { doc: sides.old.root, path: ['servers', o.index, 'url'] };
  const newLoc: Loc = { doc: sides.new.root, path: ['servers', n.index, 'url'] };
  const op = { label: null, sameMajor };
  const host = (u: string) => /^[a-z][a-z0-9+.-]*:\/\/([^/]*)/i.exec(u)?.[1]?.toLowerCase() ?? '';
  const strip = (p: string) => p.replace(/\/+$/, '');
  if (strip(urlPath(o.url)) !== strip(urlPath(n.url))) {
    sides.sink.add(op, 'server-base-path-changed', 'breaking', { from: o.url, to: n.url }, oldLoc, newLoc);
  } else if (host(o.url) !== host(n.url)) {
    sides.sink.add(op, 'server-host-changed', 'info', { from: o.url, to: n.url }, oldLoc, newLoc);
  }
}

export function compareSecuritySchemes(sides: Sides, sameMajor: boolean): void {
  const oldSchemes = new Map(sides.index.old.securitySchemes().map((s) => [s.name, s.node]));
  const op = { label: null, sameMajor };
  for (const { name, node } of sides.index.new.securitySchemes()) {
    const before = oldSchemes.get(name);
    if (!before) continue;
    const differences: string[] = [];
    for (const f of SCHEME_FIELDS) if (String(before.value[f] ?? '') !== String(node.value[f] ?? '')) differences.push(`${f}: ${String(before.value[f] ?? '—')} → ${String(node.value[f] ?? '—')}`);
    const of = isObject(before.value.flows) ? before.value.flows : {};
    const nf = isObject(node.value.flows) ? node.value.flows : {};
    for (const flow of new Set([...Object.keys(of), ...Object.keys(nf)])) {
      const a = isObject(of[flow]) ? (of[flow] as Record<string, unknown>) : {};
      const b = isObject(nf[flow]) ? (nf[flow] as Record<string, unknown>) : {};
      for (const f of FLOW_FIELDS) if (String(a[f] ?? '') !== String(b[f] ?? '')) differences.push(`${flow}.${f}: ${String(a[f] ?? '—')} → ${String(b[f] ?? '—')}`);
    }
    if (differences.length > 0) sides.sink.add(op, 'security-scheme-changed', 'breaking', { scheme: name, detail: differences.join('; ') }, before.loc, node.loc);
  }
}
