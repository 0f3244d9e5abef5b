/**
 * The root document's server URLs, with `{variables}` expanded: once with every default, and once
 * per alternative `enum` value (the other variables keeping their default), so that rules can check
 * every URL a server entry can produce, and report each alternative where it is written.
 */
import type { JsonPath } from '../../src/finding.js';
import type { SpecDocument } from '../../src/load/document.js';
import { isObject } from '../../src/load/spec.js';

export interface ServerAlternative {
  variable: string;
  value: string;
  /** The URL with this value in place of the variable's default. */
  url: string;
  path: JsonPath;
}

export interface ServerUrl {
  index: number;
  /** The URL as written. */
  raw: string;
  /** The URL with every variable at its default. */
  url: string;
  description: string;
  alternatives: ServerAlternative[];
}

function expand(url: string, variables: Record<string, unknown>, override?: { name: string; value: string }): string {
  return url.replace(/\{([^}]+)\}/g, (m, name: string) => {
    if (override && override.name === name) return override.value;
    const v = variables[name];
    return isObject(v) && typeof v.default === 'string' ? v.default : m;
  });
}

/** The server entries of the root document that have a string `url`. */
export function serverUrls(root: SpecDocument): ServerUrl[] {
  const servers = isObject(root.data) ? root.data.servers : undefined;
  if (!Array.isArray(servers)) return [];
  const out: ServerUrl[] = [];
  servers.forEach((server, index) => {
    if (!isObject(server) || typeof server.url !== 'string') return;
    const variables = isObject(server.variables) ? server.variables : {};
    const alternatives: ServerAlternative[] = [];
    for (const [name, def] of Object.entries(variables)) {
      if (!isObject(def) || !Array.isArray(def.enum) || !server.url.includes(`{${name}}`)) continue;
      def.enum.forEach((value, j) => {
        if (typeof value !== 'string' || value === def.default) return;
        alternatives.push({
          variable: name,
          value,
          url: expand(server.url as string, variables, { name, value }).trim(),
          path: ['servers', index, 'variables', name, 'enum', j],
        });
      });
    }
    out.push({
      index,
      raw: server.url,
      url: expand(server.url, variables).trim(),
      description: typeof server.description === 'string' ? server.description : '',
      alternatives,
    });
  });
  return out;
}

/** How a server URL is shown in a message: as written, and expanded when it has variables. */
export function shownUrl(raw: string, expanded: string): string {
  return raw === expanded ? raw : `${raw} → ${expanded}`;
}
