import { defineRule, type RuleContext } from '../../src/lint/rule.js';
import { ruleMessage } from '../messages/index.js';
import { coveredByOtherRules, propertyOf } from './openapi-schema-covered.js';
import { Explainer, isUnder, type SchemaDefect } from './openapi-schema-explain.js';
import { render, type Rendered } from './openapi-schema-render.js';
import { oasFastValidator, oasValidator } from './openapi-schema-validator.js';

const ID = 'bouquet-valid-openapi-schema';
/** Beyond this many findings in one document, one summary finding says how many more there are. */
const CAP = 50;

/**
 * 3.1 reports a known key whose value is wrong twice: the value's error, and the key as "unevaluated"
 * (a failed subschema evaluates nothing). The value's error is the one to keep.
 */
function withoutEchoes(defects: SchemaDefect[]): SchemaDefect[] {
  return defects.filter((d) => {
    if (d.keyword !== 'unevaluatedProperties') return true;
    const at = [...d.path, propertyOf(d) ?? ''];
    return !defects.some((o) => o !== d && isUnder(o.path, at));
  });
}

/** OpenAPI 3.0 requires `items` on an array schema; its JSON Schema does not check it. */
function arraysWithoutItems(ctx: RuleContext): SchemaDefect[] {
  return ctx.index.schemas().flatMap(({ node }) =>
    node.loc.doc === ctx.spec.root && node.value.type === 'array' && !('items' in node.value) ? [{ path: node.loc.path, keyword: 'arrayItems', params: {} }] : [],
  );
}

/**
 * DOC-02 backstop: the root document validated against the official OpenAPI 3.0 / 3.1 JSON Schema,
 * each real defect reported once, where it is written, in plain words (oneOf cascades pruned), except
 * where a hand-written DOC-02 rule already says it better.
 */
export default defineRule({
  meta: { id: ID, convention: 'DOC-02' },
  check(ctx) {
    const version = ctx.spec.version;
    if (version.kind !== 'openapi') return;
    const data = ctx.spec.root.data;
    // Most documents are valid: only an invalid one needs the full validator, to explain its errors.
    const invalid = oasFastValidator(version.minor)(data) ? [] : new Explainer(oasValidator(version.minor), data).explainDocument();
    const defects = [...invalid, ...(version.minor === 0 ? arraysWithoutItems(ctx) : [])];
    if (defects.length === 0) return;
    const v = oasValidator(version.minor);
    const covered = coveredByOtherRules(ctx);
    const part = (key: string, args: Record<string, string | number> = {}) => ruleMessage(ctx.lang, ID, key, args);
    const seen = new Set<string>();
    const shown: Rendered[] = [];
    for (const d of withoutEchoes(defects)) {
      if (covered(d)) continue;
      const r = render(d, v, data, part);
      const k = `${r.path.join('\u0001')}\u0000${r.key}\u0000${JSON.stringify(r.args)}`;
      if (seen.has(k)) continue;
      seen.add(k);
      shown.push(r);
    }
    const root = ctx.spec.root;
    for (const r of shown.slice(0, CAP)) ctx.report({ doc: root, path: r.path }, r.key, r.args);
    if (shown.length > CAP) ctx.report({ doc: root, path: [] }, 'more', { count: shown.length - CAP });
  },
});
