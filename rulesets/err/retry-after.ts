import { defineRule } from '../../src/lint/rule.js';
import { isObject } from '../../src/load/spec.js';
import { uniqueResponses } from './responses.js';
import { opLabel } from './shape.js';

const MAINTENANCE = /maintenance/i;

/** ERR-07: 429 documents `Retry-After`, and so does 503 where maintenance is planned. */
export default defineRule({
  meta: { id: 'bouquet-retry-after', convention: 'ERR-07' },
  check(ctx) {
    const root = ctx.spec.root.data as Record<string, unknown>;
    const info = isObject(root.info) ? root.info : {};
    const plannedEverywhere = 'x-maintenances' in root || 'x-maintenances' in info || (typeof info.description === 'string' && MAINTENANCE.test(info.description));
    for (const { op, res } of uniqueResponses(ctx.index, (_, r) => r.status === '429' || r.status === '503')) {
      if (res.headers.some((h) => h.name.toLowerCase() === 'retry-after')) continue;
      const at = 'headers' in res.node.value ? { doc: res.node.loc.doc, path: [...res.node.loc.path, 'headers'] } : res.node.loc;
      const args = { operation: opLabel(op) };
      if (res.status === '429') {
        ctx.report(at, 'missing429', args);
        continue;
      }
      const desc = res.node.value.description;
      const planned = plannedEverywhere || 'x-maintenances' in op.node.value || (typeof desc === 'string' && MAINTENANCE.test(desc));
      if (planned) ctx.report(at, 'missing503', args);
    }
  },
});
