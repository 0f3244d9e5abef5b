import { defineRule } from '../../src/lint/rule.js';
import type { SpecIndex } from '../../src/lint/spec-index.js';
import { isObject, type LoadedSpec, type Loc } from '../../src/load/spec.js';

const TYPES = new Set(['schemas', 'parameters', 'responses', 'headers', 'examples', 'requestBodies', 'securitySchemes']);
const ROOT = '';

/** The component (`schemas/Adresse`) that a location of the root document belongs to, or ROOT. */
function ownerOf(spec: LoadedSpec, loc: Loc): string {
  const p = loc.path;
  if (loc.doc === spec.root && p[0] === 'components' && p.length >= 3 && TYPES.has(String(p[1]))) return `${String(p[1])}/${String(p[2])}`;
  return ROOT;
}

/**
 * Every reference of the bundle as an edge "component that writes it → component it targets": the
 * `$ref`s the loader collected, plus discriminator mappings (which name schemas without `$ref`).
 */
function referenceEdges(spec: LoadedSpec, index: SpecIndex): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>();
  const link = (at: Loc, ref: string) => {
    const target = spec.resolveRef(ref, at.doc);
    if (!target || target.loc.doc !== spec.root) return;
    const to = ownerOf(spec, target.loc);
    const from = ownerOf(spec, at);
    if (to === ROOT || from === to) return;
    let set = edges.get(from);
    if (!set) edges.set(from, (set = new Set()));
    set.add(to);
  };
  for (const r of spec.refs) link(r.loc, r.ref);
  for (const { node } of index.schemas()) {
    const d = node.value.discriminator;
    if (!isObject(d) || !isObject(d.mapping)) continue;
    for (const m of Object.values(d.mapping)) if (typeof m === 'string') link(node.loc, m.includes('/') ? m : `#/components/schemas/${m}`);
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
    const edges = referenceEdges(ctx.spec, ctx.index);
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
