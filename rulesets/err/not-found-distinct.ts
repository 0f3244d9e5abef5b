import { defineRule } from '../../src/lint/rule.js';
import type { Node } from '../../src/load/spec.js';
import { isObject } from '../../src/load/spec.js';
import { mediaExamples, uniqueResponses } from './responses.js';
import { isDataOperation, isErrorStatus, isSuccessStatus, opLabel } from './shape.js';

const NOT_FOUND =
  /non[ -]trouv|pas (été )?trouv|introuvable|not[ _-]?found|n['’]existe pas|inexistant|ne correspond à aucun|aucun(e)? (résultat|resultat|donnée|usager|personne|entité|entite|enregistrement|dossier|élève|eleve|étudiant|etudiant)|\bno (result|record|match)/i;

/** The texts a reader sees on a response: its description and the messages of its examples. */
function texts(desc: unknown, examples: Node<unknown>[]): string[] {
  const out = typeof desc === 'string' ? [desc] : [];
  const take = (o: unknown) => {
    if (!isObject(o)) return;
    for (const k of ['title', 'detail', 'message', 'error_msg', 'libelle']) if (typeof o[k] === 'string') out.push(o[k] as string);
  };
  for (const e of examples) {
    take(e.value);
    if (isObject(e.value) && Array.isArray(e.value.errors)) e.value.errors.forEach(take);
    if (isObject(e.value)) for (const v of Object.values(e.value)) if (isObject(v)) take(v);
  }
  return out;
}

function isEmpty(v: unknown): boolean {
  return v === null || v === '' || (Array.isArray(v) && v.length === 0) || (isObject(v) && Object.keys(v).length === 0);
}

/** ERR-05 (static): not found is a 404 with its own example, never folded into another status or a 200. */
export default defineRule({
  meta: { id: 'bouquet-not-found-distinct', convention: 'ERR-05' },
  check(ctx) {
    const { index } = ctx;
    // A 404 that is the very response object of another error status is not its own.
    const shared = new Set<string>();
    for (const op of index.operations()) {
      const r404 = op.responses.find((r) => r.status === '404');
      if (!r404) continue;
      const other = op.responses.find((r) => r !== r404 && isErrorStatus(r.status) && index.key(r.node.loc) === index.key(r404.node.loc));
      if (other) {
        shared.add(index.key(r404.node.loc));
        ctx.report(r404.keyLoc, 'shared', { operation: opLabel(op), other: other.status });
      }
    }
    // A health route (`/healthcheck`) names no entity: its 404 needs no « not found » example.
    for (const { op, res } of uniqueResponses(index, (o, r) => r.status !== '404' || isDataOperation(o))) {
      const examples = res.content.flatMap((m) => mediaExamples(index, m));
      const schemaExample = res.content.some((m) => m.schema !== null && 'example' in m.schema.value);
      const args = { operation: opLabel(op), status: res.status };
      if (res.status === '404') {
        if (!shared.has(index.key(res.node.loc)) && examples.length === 0 && !schemaExample) ctx.report(res.node.loc, 'noExample', args);
        continue;
      }
      // What another error status means is its description; its examples may mention a provider's
      // ambiguity ("potentielle ressource non trouvée") without folding not-found into it.
      if (isErrorStatus(res.status)) {
        if (texts(res.node.value.description, []).some((t) => NOT_FOUND.test(t))) ctx.report(res.node.loc, 'folded', args);
        continue;
      }
      if (!isSuccessStatus(res.status) || !isDataOperation(op)) continue;
      if (res.status === '204' && op.method === 'get') ctx.report(res.keyLoc, 'noContent', args);
      else if (texts(res.node.value.description, []).some((t) => NOT_FOUND.test(t))) ctx.report(res.node.loc, 'okNotFound', args);
      else {
        const empty = examples.find((e) => isEmpty(e.value) || texts(undefined, [e]).some((t) => NOT_FOUND.test(t)));
        if (empty) ctx.report(empty.loc, 'okEmptyExample', args);
      }
    }
  },
});
