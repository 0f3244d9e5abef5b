import { defineRule } from '../../src/lint/rule.js';
import { serverUrls } from './server-urls.js';
import { mostlyUnversioned, pathsByVersion, serversVersioned } from './versions.js';

/**
 * SRV-03 (SHOULD part): the API is versioned in its paths, but some paths escape the version.
 * Mostly unversioned paths are the MUST part's finding (bouquet-version-in-path).
 */
export default defineRule({
  meta: { id: 'bouquet-version-in-every-path', convention: 'SRV-03', level: 'SHOULD' },
  check(ctx) {
    if (serversVersioned(serverUrls(ctx.spec.root))) return;
    const { versioned, unversioned } = pathsByVersion(ctx.index.operations());
    if (versioned.length === 0 || mostlyUnversioned(ctx.index.operations())) return;
    const healthy = new Set(ctx.index.operations().filter((o) => o.isHealth).map((o) => o.pathKey));
    for (const pathKey of unversioned) {
      if (healthy.has(pathKey)) continue;
      ctx.report({ doc: ctx.spec.root, path: ['paths', pathKey] }, 'unversionedPath', { path: pathKey, example: versioned[0]! });
    }
  },
});
