import { defineRule } from '../../src/lint/rule.js';
import type { SchemaEntry } from '../../src/lint/spec-index.js';
import { isObject } from '../../src/load/spec.js';

/** Keys that document a schema without changing its shape. */
const ANNOTATIONS = new Set(['description', 'title', 'example', 'examples', 'externalDocs']);
/** An inline object schema is worth sharing from this many properties on. */
const MIN_PROPERTIES = 3;

/**
 * A structural fingerprint of a value (annotations and extensions left out), memoised per object. Each
 * distinct shape gets a short id, so a parent's text holds its children's ids, never their full text.
 */
function fingerprinter() {
  const memo = new WeakMap<object, string>();
  const ids = new Map<string, string>();
  const busy = new WeakSet<object>();
  const print = (value: unknown): string => {
    if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'undefined';
    const cached = memo.get(value);
    if (cached !== undefined) return cached;
    if (busy.has(value)) return 'cycle';
    busy.add(value);
    let text: string;
    if (Array.isArray(value)) {
      text = '[';
      for (let i = 0; i < value.length; i++) text += (i > 0 ? ',' : '') + print(value[i]);
      text += ']';
    } else {
      const keys = Object.keys(value).filter((k) => !ANNOTATIONS.has(k) && !k.startsWith('x-'));
      keys.sort();
      text = '{';
      for (let i = 0; i < keys.length; i++) {
        text += `${i > 0 ? ',' : ''}${JSON.stringify(keys[i])}:${print((value as Record<string, unknown>)[keys[i]!])}`;
      }
      text += '}';
    }
    busy.delete(value);
    let id = ids.get(text);
    if (id === undefined) {
      id = `#${ids.size}`;
      ids.set(text, id);
    }
    memo.set(value, id);
    return id;
  };
  return print;
}

function isComponentSchema(e: SchemaEntry): boolean {
  const p = e.node.loc.path;
  return p.length === 3 && p[0] === 'components' && p[1] === 'schemas';
}

function isSharable(e: SchemaEntry): boolean {
  const v = e.node.value;
  return isObject(v.properties) && Object.keys(v.properties).length >= MIN_PROPERTIES;
}

/** A readable, language-neutral place: `GET /v1/x → 200 › data.adresse` or `components.responses.Erreur › errors`. */
function place(e: SchemaEntry): string {
  const p = e.node.loc.path.map(String);
  const head =
    p[0] === 'paths' && p.length > 2
      ? `${p[2]!.toUpperCase()} ${p[1]}${p[3] === 'responses' && p[4] ? ` → ${p[4]}` : ''}`
      : p.slice(0, 3).join('.');
  const props = p.flatMap((s, i) => (p[i - 1] === 'properties' ? [s] : []));
  return props.length > 0 ? `${head} › ${props.join('.')}` : head;
}

/** DOC-09: structurally identical inline object schemas written twice or more should be one shared component. */
export default defineRule({
  meta: { id: 'bouquet-duplicate-inline-schemas', convention: 'DOC-09' },
  check(ctx) {
    const print = fingerprinter();
    const sharable = ctx.index.schemas().filter(isSharable);
    // Only schemas whose property names occur together twice can be copies: the rest are never printed.
    const names = sharable.map((e) => Object.keys(e.node.value.properties as object).sort().join('\u0000'));
    const namesSeen = new Map<string, number>();
    for (const n of names) namesSeen.set(n, (namesSeen.get(n) ?? 0) + 1);
    const groups = new Map<string, SchemaEntry[]>();
    for (const [i, e] of sharable.entries()) {
      if (namesSeen.get(names[i]!)! < 2) continue;
      const k = print(e.node.value);
      const g = groups.get(k);
      if (g) g.push(e);
      else groups.set(k, [e]);
    }
    const duplicated = [...groups.values()].filter((g) => g.length >= 2);
    // A copy nested inside a copy is part of the outer duplicate: report the outermost only.
    const members = new Set(duplicated.flatMap((g) => g.map((e) => ctx.index.key(e.node.loc))));
    const nested = (e: SchemaEntry) =>
      e.node.loc.path.some((_, i) => i > 0 && i < e.node.loc.path.length && members.has(ctx.index.key({ doc: e.node.loc.doc, path: e.node.loc.path.slice(0, i) })));
    for (const group of duplicated) {
      const outer = group.filter((e) => !nested(e));
      const inline = outer.filter((e) => !isComponentSchema(e));
      if (outer.length < 2 || inline.length === 0) continue;
      const component = outer.find(isComponentSchema);
      const first = inline[0]!;
      if (component) {
        const name = String(component.node.loc.path[2]);
        for (const e of inline) ctx.report(e.node.loc, 'sameAsComponent', { name, ref: `#/components/schemas/${name}` });
        continue;
      }
      const others = inline.slice(1);
      ctx.report(first.node.loc, 'duplicated', {
        count: inline.length,
        others: others.slice(0, 3).map(place).join(', ') + (others.length > 3 ? ', …' : ''),
      });
    }
  },
});
