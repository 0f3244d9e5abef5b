import { defineRule } from '../../src/lint/rule.js';

/** QOS-02: a cheap health endpoint (/ping, /health, /status…) is documented. */
export default defineRule({
  meta: { id: 'bouquet-health-endpoint', convention: 'QOS-02' },
  check(ctx) {
    const ops = ctx.index.operations();
    if (ops.length === 0 || ops.some((o) => o.isHealth)) return;
    ctx.report({ doc: ctx.spec.root, path: ['paths'] }, 'noHealth');
  },
});
