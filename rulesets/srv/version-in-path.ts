import { defineRule } from '../../src/lint/rule.js';
import { serverUrls } from './server-urls.js';
import { dataPathsByVersion, mostlyUnversioned, pathsByVersion, serversVersioned } from './versions.js';

/**
 * SRV-03 (MUST): the major version is in the path, in the server URL or in the paths. Paths mostly
 * unversioned (12 of 14) are a missing version too; a few unversioned paths beside versioned ones
 * are the SHOULD part (bouquet-version-in-every-path).
 */
export default defineRule({
  meta: { id: 'bouquet-version-in-path', convention: 'SRV-03' },
  check(ctx) {
    const root = ctx.spec.root;
    const servers = serverUrls(root);
    if (serversVersioned(servers)) return;
    const ops = ctx.index.operations();
    if (ops.length === 0) return;
    const { versioned } = pathsByVersion(ops);
    const at = servers.length > 0 ? { doc: root, path: ['servers', servers[0]!.index, 'url'] } : { doc: root, path: ['paths'] };
    if (versioned.length === 0) {
      ctx.report(at, servers.length > 0 ? 'noVersionServer' : 'noVersion', { url: servers[0]?.url ?? '', path: ops[0]!.pathKey });
    } else if (mostlyUnversioned(ops)) {
      const split = dataPathsByVersion(ops);
      ctx.report(at, servers.length > 0 ? 'fewVersionedServer' : 'fewVersioned', {
        url: servers[0]?.url ?? '',
        count: split.unversioned.length,
        total: split.unversioned.length + split.versioned.length,
        path: split.unversioned[0]!,
        versioned: split.versioned[0]!,
      });
    }
  },
});
