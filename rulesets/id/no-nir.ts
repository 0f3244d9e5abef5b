import { defineRule, type RuleContext } from '../../src/lint/rule.js';
import type { OperationInfo } from '../../src/lint/spec-index.js';
import { isObject, type Node } from '../../src/load/spec.js';
import { identifierFields } from './fields.js';
import { recogniseIdentifier } from '../../src/identifiers/index.js';

/** The operation carries a legal justification for the NIR: `x-bouquet-nir: "<texte>"`. */
function justified(op: OperationInfo): boolean {
  const j = op.node.value['x-bouquet-nir'];
  return typeof j === 'string' && j.trim() !== '';
}

const WALKED = ['properties', 'patternProperties'] as const;
const SINGLE = ['items', 'additionalProperties', 'not'] as const;
const LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'] as const;

/** Keys of every schema reachable from the operations' bodies (request and responses). */
function reachable(ctx: RuleContext, ops: OperationInfo[]): Set<string> {
  const seen = new Set<string>();
  const work: Node<unknown>[] = [];
  for (const op of ops) {
    for (const m of op.requestBody?.content ?? []) if (m.schema) work.push(m.schema);
    for (const r of op.responses) for (const m of r.content) if (m.schema) work.push(m.schema);
  }
  while (work.length > 0) {
    const s = ctx.index.deref(work.pop()!);
    if (!s || !isObject(s.value)) continue;
    const k = ctx.index.key(s.loc);
    if (seen.has(k)) continue;
    seen.add(k);
    for (const kw of WALKED) {
      const m = ctx.index.child(s, kw);
      if (m && isObject(m.value)) for (const name of Object.keys(m.value)) work.push(ctx.index.child(m, name)!);
    }
    for (const kw of SINGLE) if (isObject(s.value[kw])) work.push(ctx.index.child(s, kw)!);
    for (const kw of LISTS) {
      const list = s.value[kw];
      if (Array.isArray(list)) list.forEach((_, i) => work.push(ctx.index.child(s, kw, i)!));
    }
  }
  return seen;
}

/**
 * ID-06 (particulier): no NIR as a parameter or a body field, unless every operation using it
 * carries `x-bouquet-nir` with its legal justification (décret 2019-341).
 */
export default defineRule({
  meta: { id: 'bouquet-no-nir', convention: 'ID-06' },
  check(ctx) {
    for (const { param, operations } of ctx.index.parameters()) {
      const d = param.node.value.description;
      if (!recogniseIdentifier(param.name, typeof d === 'string' ? d : undefined).includes('nir')) continue;
      if (operations.length > 0 && operations.every(justified)) continue;
      ctx.report(param.node.loc, 'parameter', { name: param.name });
    }
    const fields = identifierFields(ctx.index).filter((f) => f.kinds.includes('nir') && !f.isParam);
    if (fields.length === 0) return;
    const ops = ctx.index.operations();
    const allowed = ops.some(justified) ? reachable(ctx, ops.filter(justified)) : new Set<string>();
    const forbidden = allowed.size > 0 ? reachable(ctx, ops.filter((op) => !justified(op))) : null;
    for (const f of fields) {
      const k = ctx.index.key(f.entry.node.loc);
      if (allowed.has(k) && !forbidden!.has(k)) continue;
      ctx.report(f.entry.node.loc, 'property', { name: f.name });
    }
  },
});
