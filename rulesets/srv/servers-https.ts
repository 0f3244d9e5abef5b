import { defineRule } from '../../src/lint/rule.js';
import { isPrivateHost } from '../../src/load/address.js';
import { isObject } from '../../src/load/spec.js';
import { serverUrls, shownUrl } from './server-urls.js';

const PLACEHOLDER_HOST = /(^|\.|-)(to-be-defined|tbd|todo|xxx+|changeme|example\.(com|org|net)|example|your-?(api|domain|host|server)|mon-?serveur|a-definir|à-définir|host|hostname|server|domain|localhost\.localdomain)($|\.|-)/i;

type Problem = { key: 'relative' | 'invalid' | 'notHttps' | 'private' | 'placeholder'; host?: string };

/** What is wrong with one (expanded) server URL. */
function problemsOf(url: string): Problem[] {
  if (url.startsWith('/') || !/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return [{ key: 'relative' }];
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [{ key: 'invalid' }];
  }
  const out: Problem[] = [];
  if (parsed.protocol !== 'https:') out.push({ key: 'notHttps' });
  const host = parsed.hostname;
  if (isPrivateHost(host)) out.push({ key: 'private', host });
  else if (PLACEHOLDER_HOST.test(host) || !host.includes('.') || /\{|%7b/i.test(host)) out.push({ key: 'placeholder', host });
  return out;
}

/** SRV-01: servers declared, all https, no private, loopback or placeholder host (server variables included). */
export default defineRule({
  meta: { id: 'bouquet-servers-https', convention: 'SRV-01' },
  check(ctx) {
    const root = ctx.spec.root;
    const servers = isObject(root.data) ? root.data.servers : undefined;
    if (!Array.isArray(servers) || servers.length === 0) {
      ctx.report({ doc: root, path: Array.isArray(servers) ? ['servers'] : [] }, 'noServers');
      return;
    }
    for (const server of serverUrls(root)) {
      const found = problemsOf(server.url);
      for (const p of found) {
        ctx.report({ doc: root, path: ['servers', server.index, 'url'] }, p.key, { url: shownUrl(server.raw, server.url), host: p.host ?? '' });
      }
      // An alternative value of a server variable is reported where it is written, for what it adds.
      const already = new Set(found.map((p) => p.key));
      for (const alt of server.alternatives) {
        for (const p of problemsOf(alt.url)) {
          if (already.has(p.key)) continue;
          ctx.report({ doc: root, path: alt.path }, `variable_${p.key}`, { variable: alt.variable, value: alt.value, url: alt.url, host: p.host ?? '' });
        }
      }
    }
  },
});
