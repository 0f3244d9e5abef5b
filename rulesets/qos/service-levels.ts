import { defineRule } from '../../src/lint/rule.js';
import { isObject } from '../../src/load/spec.js';

/** Words that announce a service level: availability, response time, quotas. */
const SLA_WORDS =
  /(disponibilit[ée]|availability|uptime|temps de r[ée]ponse|response time|latence|latency|quotas?|niveaux? de service|service levels?|\bSLA\b|\bSLO\b|engagements? de service|volum[ée]trie|requ[êe]tes? par (seconde|minute)|requests? per (second|minute))/i;

/** QOS-03: service levels (availability, response time, quotas) in `info.description` or an `x-sla` extension. */
export default defineRule({
  meta: { id: 'bouquet-service-levels', convention: 'QOS-03' },
  check(ctx) {
    const root = ctx.spec.root;
    const data = isObject(root.data) ? root.data : {};
    const info = isObject(data.info) ? data.info : null;
    if ('x-sla' in data || (info && 'x-sla' in info)) return;
    const description = info && typeof info.description === 'string' ? info.description : '';
    if (SLA_WORDS.test(description)) return;
    ctx.report({ doc: root, path: info ? (description ? ['info', 'description'] : ['info']) : [] }, 'noSla');
  },
});
