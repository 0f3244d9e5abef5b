import { defineRule, type RuleContext } from '../../src/lint/rule.js';
import { USAGE } from '../../src/lint/spec-index.js';
import { isObject, type Node } from '../../src/load/spec.js';

type Obj = Record<string, unknown>;

/** Names listed in one message; the count says how many there are in all. */
const LISTED = 8;

/** `schema` and its `allOf`/`oneOf`/`anyOf` members (one level, after `$ref`). */
function withMembers(ctx: RuleContext, schema: Node<unknown>): Obj[] {
  const d = ctx.index.deref(schema);
  if (!d || !isObject(d.value)) return [];
  const out: Obj[] = [d.value];
  for (const kw of ['allOf', 'oneOf', 'anyOf'] as const) {
    const list = d.value[kw];
    if (!Array.isArray(list)) continue;
    list.forEach((_, i) => {
      const m = ctx.index.deref(ctx.index.child(d, kw, i)!);
      if (m && isObject(m.value)) out.push(m.value);
    });
  }
  return out;
}

/** An object or an array of objects: its own fields carry the examples. */
function isContainer(ctx: RuleContext, parts: Obj[], schema: Node<unknown>): boolean {
  if (parts.some((p) => isObject(p.properties) || p.type === 'object')) return true;
  const d = ctx.index.deref(schema);
  const items = d ? ctx.index.child(d, 'items') : null;
  return items !== null && withMembers(ctx, items).some((p) => isObject(p.properties));
}

const hasExample = (p: Obj) => 'example' in p || Array.isArray(p.examples) || Array.isArray(p.enum) || 'const' in p;
const hasDescription = (p: Obj) => typeof p.description === 'string' || typeof p.title === 'string';

/**
 * DOC-06 (SHOULD): parameters and response properties have an example, properties a description.
 * On a large spec this is hundreds of fields: one finding per parameter, and one per response
 * object listing its undocumented properties (at its `properties`), so that a reviewer fixes an
 * object at a time. Objects and arrays of objects need no example of their own (their fields do,
 * and a free-form object has no fixed shape to illustrate);
 * an `enum` counts as an example; a `title` counts as a description.
 */
export default defineRule({
  meta: { id: 'bouquet-documented-fields', convention: 'DOC-06' },
  check(ctx) {
    for (const { param } of ctx.index.parameters()) {
      const own = param.node.value;
      if ('example' in own || isObject(own.examples)) continue;
      if (param.schema && withMembers(ctx, param.schema).some(hasExample)) continue;
      ctx.report(param.node.loc, 'parameter', { name: param.name });
    }
    for (const entry of ctx.index.schemas()) {
      if ((entry.usage & USAGE.success) === 0) continue;
      const props = ctx.index.child(entry.node, 'properties');
      if (!props || !isObject(props.value)) continue;
      const noExample: string[] = [];
      const noDescription: string[] = [];
      for (const name of Object.keys(props.value)) {
        const raw = ctx.index.child(props, name)!;
        const parts = [...(isObject(raw.value) ? [raw.value] : []), ...withMembers(ctx, raw)];
        if (!parts.some(hasDescription)) noDescription.push(name);
        if (!parts.some(hasExample) && !isContainer(ctx, parts, raw)) noExample.push(name);
      }
      const list = (names: string[]) => names.slice(0, LISTED).join(', ') + (names.length > LISTED ? ', …' : '');
      if (noExample.length > 0) ctx.report(props.loc, 'noExample', { count: noExample.length, names: list(noExample) });
      if (noDescription.length > 0) ctx.report(props.loc, 'noDescription', { count: noDescription.length, names: list(noDescription) });
    }
  },
});
