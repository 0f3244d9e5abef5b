import { defineRule } from '../../src/lint/rule.js';
import type { SpecIndex } from '../../src/lint/spec-index.js';
import type { Node } from '../../src/load/spec.js';
import { isObject } from '../../src/load/spec.js';
import { errorForm, type ErrorForm } from './error-form.js';
import { isJsonMediaType, mediaExamples, uniqueResponses } from './responses.js';
import { opLabel, schemaName, shapeOf } from './shape.js';

const PROBLEM_PARAMS = /^(invalid[-_]?params|errors|violations|invalidparams)$/i;
const SOURCE_NAMES = /^(source|parameter|parametre|param|field|champ|pointer|invalid[-_]?params)$/i;

/** Whether the schema has a member naming the parameter at fault. */
function schemaNamesParameter(form: ErrorForm, index: SpecIndex): boolean {
  switch (form.kind) {
    case 'bouquet':
      return form.items !== null && form.items.properties.has('source');
    case 'problem':
      return [...form.shape.properties.keys()].some((n) => PROBLEM_PARAMS.test(n));
    case 'flat': {
      if ([...form.shape.properties.keys()].some((n) => SOURCE_NAMES.test(n))) return true;
      const nested = [...form.shape.properties.values()].map((p) => shapeOf(index, p));
      return nested.some((s) => [...s.properties.keys()].some((n) => SOURCE_NAMES.test(n)));
    }
    default:
      return false;
  }
}

/** Whether an example names the parameter (`source.parameter`, `invalid-params`...), three levels deep at most. */
function exampleNamesParameter(v: unknown, depth = 0): boolean {
  if (depth > 3) return false;
  if (Array.isArray(v)) return v.some((x) => exampleNamesParameter(x, depth + 1));
  if (!isObject(v)) return false;
  return Object.entries(v).some(([k, x]) => (SOURCE_NAMES.test(k) && x !== null && x !== '') || exampleNamesParameter(x, depth + 1));
}

/** ERR-06: 400/422 error bodies say which parameter is wrong. Reported once per schema. */
export default defineRule({
  meta: { id: 'bouquet-error-parameter-source', convention: 'ERR-06' },
  check(ctx) {
    const { index } = ctx;
    const reported = new Set<string>();
    const refs = uniqueResponses(index, (op, r) => (r.status === '400' || r.status === '422') && (op.parameters.length > 0 || op.requestBody !== null));
    for (const { op, res } of refs) {
      for (const media of res.content) {
        const schema: Node<Record<string, unknown>> | null = media.schema;
        if (!schema || !isJsonMediaType(media.mediaType)) continue;
        const k = index.key(schema.loc);
        if (reported.has(k)) continue;
        if (schemaNamesParameter(errorForm(index, schema, media.mediaType), index)) continue;
        if (mediaExamples(index, media).some((e) => exampleNamesParameter(e.value))) continue;
        reported.add(k);
        ctx.report(schema.loc, 'noSource', { schema: schemaName(schema, `${opLabel(op)} → ${res.status}`), status: res.status, operation: opLabel(op) });
      }
    }
  },
});
