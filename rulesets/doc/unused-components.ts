import { defineRule } from '../../src/lint/rule.js';
import type { SpecDocument } from '../../src/load/document.js';
import { isObject, type LoadedSpec } from '../../src/load/spec.js';

const TYPES = new Set(['schemas', 'parameters', 'responses', 'headers', 'examples', 'requestBodies', 'securitySchemes']);
const ROOT = '';

/**
 * Every reference of the bundle as an edge "component that writes it → component it targets", in one walk per
 * document (`$ref`s and discriminator mappings). The walk carries the owning component, not full paths.
 */
function referenceEdges(spec: LoadedSpec): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>();
  const link = (doc: SpecDocument, from: string, ref: string) => {
    const target = spec.resolveRef(ref, doc);
    if (!target || target.loc.doc !== spec.root) return;
    const p = target.loc.path;
    if (p[0] !== 'components' || p.length < 3 || !TYPES.has(String(p[1]))) return;
    const to = `${String(p[1])}/${String(p[2])}`;
    if (from === to) return;
    let set = edges.get(from);
    if (!set) edges.set(from, (set = new Set()));
    set.add(to);
  };
  for (const doc of spec.documents) {
    const stack: { value: unknown; owner: string; key: string; depth: number; type?: string }[] = [{ value: doc.data, owner: ROOT, key: '', depth: 0 }];
    while (stack.length > 0) {
      const { value, owner, key, depth, type } = stack.pop()!;
      if (Array.isArray(value)) {
        for (const v of value) if (typeof v === 'object' && v !== null) stack.push({ value: v, owner, key: '', depth: depth + 1 });
        continue;
      }
      if (!isObject(value)) continue;
      if (typeof value.$ref === 'string') link(doc, owner, value.$ref);
      if (key === 'discriminator' && isObject(value.mapping)) {
        for (const m of Object.values(value.mapping)) if (typeof m === 'string') link(doc, owner, m.includes('/') ? m : `#/components/schemas/${m}`);
      }
      for (const [k, v] of Object.entries(value)) {
        if (typeof v !== 'object' || v === null) continue;
        // Root document: components/<type>/<name> starts a new owner.
        let childOwner = owner;
        let childType: string | undefined;
        if (doc === spec.root && depth === 0 && k === 'components') childType = '';
        else if (type === '' && depth === 1 && TYPES.has(k)) childType = k;
        else if (type !== undefined && type !== '' && depth === 2) childOwner = `${type}/${k}`;
        stack.push({ value: v, owner: childOwner, key: k, depth: depth + 1, type: childType });
      }
    }
  }
  return edges;
}

/** DOC-09: no component that nothing (reachable from the paths) references. */
export default defineRule({
  meta: { id: 'bouquet-unused-components', convention: 'DOC-09' },
  check(ctx) {
    const root = ctx.spec.root;
    const components = isObject(root.data) && isObject(root.data.components) ? root.data.components : null;
    if (!components) return;
    const edges = referenceEdges(ctx.spec);
    // Security schemes are used by name, in security requirements.
    const security = [isObject(root.data) ? root.data.security : undefined, ...ctx.index.operations().map((o) => o.node.value.security)];
    const fromRoot = edges.get(ROOT) ?? new Set<string>();
    edges.set(ROOT, fromRoot);
    for (const list of security) {
      if (!Array.isArray(list)) continue;
      for (const req of list) if (isObject(req)) for (const name of Object.keys(req)) fromRoot.add(`securitySchemes/${name}`);
    }
    const reached = new Set<string>([ROOT]);
    const queue = [ROOT];
    while (queue.length > 0) {
      for (const to of edges.get(queue.pop()!) ?? []) {
        if (!reached.has(to)) {
          reached.add(to);
          queue.push(to);
        }
      }
    }
    for (const type of TYPES) {
      const group = components[type];
      if (!isObject(group)) continue;
      for (const name of Object.keys(group)) {
        if (!reached.has(`${type}/${name}`)) ctx.report({ doc: root, path: ['components', type, name] }, 'unused', { type, name });
      }
    }
  },
});
