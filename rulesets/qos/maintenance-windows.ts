import { defineRule } from '../../src/lint/rule.js';
import { isObject } from '../../src/load/spec.js';

/** QOS-05 (MAY): maintenance windows declared with `x-maintenances` (document, `info` or operations, as AE-OAS does). */
export default defineRule({
  meta: { id: 'bouquet-maintenance-windows', convention: 'QOS-05' },
  check(ctx) {
    const root = ctx.spec.root;
    const data = isObject(root.data) ? root.data : {};
    if ('x-maintenances' in data || (isObject(data.info) && 'x-maintenances' in data.info)) return;
    const ops = ctx.index.operations();
    if (ops.length === 0 || ops.some((o) => 'x-maintenances' in o.node.value)) return;
    ctx.report({ doc: root, path: isObject(data.info) ? ['info'] : [] }, 'noMaintenances');
  },
});
