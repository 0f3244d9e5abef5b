import { defineRule } from '../../src/lint/rule.js';
import { isObject } from '../../src/load/spec.js';

/** DOC-08: operation tags are declared in the top-level `tags`, every declared tag is used, and operations are all tagged or none. */
export default defineRule({
  meta: { id: 'bouquet-tags-consistent', convention: 'DOC-08' },
  check(ctx) {
    const root = ctx.spec.root;
    const data = isObject(root.data) ? root.data : {};
    const declaredList = Array.isArray(data.tags) ? data.tags : [];
    const declared = new Map<string, number>();
    declaredList.forEach((t, i) => {
      if (isObject(t) && typeof t.name === 'string' && !declared.has(t.name)) declared.set(t.name, i);
    });
    const ops = ctx.index.operations();
    const used = new Set<string>();
    const untagged = [];
    const undeclared: { loc: { doc: typeof root; path: (string | number)[] }; tag: string; operation: string }[] = [];
    for (const op of ops) {
      const tags = op.node.value.tags;
      if (!Array.isArray(tags) || tags.length === 0) {
        untagged.push(op);
        continue;
      }
      tags.forEach((tag, i) => {
        if (typeof tag !== 'string') return;
        used.add(tag);
        if (!declared.has(tag)) undeclared.push({ loc: { doc: op.node.loc.doc, path: [...op.node.loc.path, 'tags', i] }, tag, operation: `${op.method.toUpperCase()} ${op.pathKey}` });
      });
    }
    if (declared.size === 0 && used.size > 0) {
      // No top-level list at all: one finding, not one per operation.
      ctx.report({ doc: root, path: 'tags' in data ? ['tags'] : [] }, 'noTopLevel', { tag: [...used][0]! });
    } else {
      for (const u of undeclared) ctx.report(u.loc, 'undeclared', { tag: u.tag, operation: u.operation });
    }
    for (const [name, i] of declared) {
      if (!used.has(name)) ctx.report({ doc: root, path: ['tags', i] }, 'unused', { tag: name });
    }
    if (used.size > 0) {
      for (const op of untagged) ctx.report(op.node.loc, 'untagged', { operation: `${op.method.toUpperCase()} ${op.pathKey}` });
    }
  },
});
