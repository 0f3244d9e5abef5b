import { defineRule } from '../../src/lint/rule.js';
import type { OperationInfo } from '../../src/lint/spec-index.js';
import { label } from './headers.js';

const MONTHS = 'janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre|january|february|march|april|may|june|july|august|september|october|november|december';
const DATE = new RegExp(`\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}/\\d{1,2}/\\d{4}\\b|\\b(${MONTHS})\\s+\\d{4}\\b`, 'i');
const SUCCESSOR = /(remplac|successeur|nouvelle version|utilise[rz]\s|migre[rz]|migration|replaced by|successor|use instead|superseded|migrate|\/v\d+\/)/i;
const SAYS_DEPRECATED_SUMMARY = /(^|[^\p{L}])(d[ée]pr[ée]ci[ée]e?s?|deprecated|obsol[èe]te)($|[^\p{L}])/iu;
const SAYS_DEPRECATED_DESCRIPTION =
  /^\W*(d[ée]pr[ée]ci|deprecated|obsol[èe]te)|(route|op[ée]ration|endpoint|point d'acc[èe]s|api|version)\s+(est\s+|is\s+)?(d[ée]sormais\s+|now\s+)?(d[ée]pr[ée]ci|deprecated|obsol[èe]te)/iu;

const VERSION = /\/v(\d+)(?=\/|$)/i;

function text(op: OperationInfo): { summary: string; description: string } {
  const v = op.node.value;
  return { summary: typeof v.summary === 'string' ? v.summary : '', description: typeof v.description === 'string' ? v.description : '' };
}

/** True when a non-deprecated operation with the same method serves the same path in a higher major version. */
function hasNewerVersion(op: OperationInfo, all: OperationInfo[]): boolean {
  const m = VERSION.exec(op.pathKey);
  if (!m) return false;
  const rest = op.pathKey.replace(VERSION, '/v#');
  return all.some((o) => {
    const n = VERSION.exec(o.pathKey);
    return n !== null && Number(n[1]) > Number(m[1]) && o.method === op.method && o.node.value.deprecated !== true && o.pathKey.replace(VERSION, '/v#') === rest;
  });
}

/** QOS-06: deprecated operations say so (`deprecated: true`) and give a sunset date or a successor. */
export default defineRule({
  meta: { id: 'bouquet-deprecation', convention: 'QOS-06' },
  check(ctx) {
    const ops = ctx.index.operations();
    for (const op of ops) {
      const { summary, description } = text(op);
      if (op.node.value.deprecated === true) {
        const said = `${summary}\n${description}`;
        const sunsetHeader = op.responses.some((r) => r.headers.some((h) => h.name.toLowerCase() === 'sunset'));
        if ('x-sunset' in op.node.value || sunsetHeader || DATE.test(said) || SUCCESSOR.test(said) || hasNewerVersion(op, ops)) continue;
        ctx.report({ doc: op.node.loc.doc, path: [...op.node.loc.path, 'deprecated'] }, 'noSunset', { operation: label(op) });
      } else if (SAYS_DEPRECATED_SUMMARY.test(summary) || SAYS_DEPRECATED_DESCRIPTION.test(description)) {
        ctx.report(op.node.loc, 'notMarked', { operation: label(op) });
      }
    }
  },
});
