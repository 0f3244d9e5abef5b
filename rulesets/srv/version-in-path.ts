import { defineRule } from '../../src/lint/rule.js';
import { serverUrls } from './server-urls.js';
import { pathsByVersion, serversVersioned } from './versions.js';

/** SRV-03 (MUST): the major version is in the path, in the server URL or in the paths. */
export default defineRule({
  meta: { id: 'bouquet-version-in-path', convention: 'SRV-03' },
  check(ctx) {
    const root = ctx.spec.root;
    const servers = serverUrls(root);
    if (serversVersioned(servers)) return;
    const ops = ctx.index.operations();
    if (ops.length === 0) return;
    const { versioned } = pathsByVersion(ops);
    // Paths partly versioned: that is the SHOULD part (bouquet-version-in-every-path).
    if (versioned.length > 0) return;
    const at = servers.length > 0 ? { doc: root, path: ['servers', servers[0]!.index, 'url'] } : { doc: root, path: ['paths'] };
    ctx.report(at, servers.length > 0 ? 'noVersionServer' : 'noVersion', { url: servers[0]?.url ?? '', path: ops[0]!.pathKey });
  },
});
