import { listValues, nameTokens, recogniseIdentifier, validateIdentifier, type IdentifierKind } from '../../src/identifiers/index.js';
import { defineRule, type RuleContext } from '../../src/lint/rule.js';
import type { ExampleEntry } from '../../src/lint/spec-index.js';
import { isObject, type Loc } from '../../src/load/spec.js';
import { applicableKinds, canonicalOf, identifierFields, judgedKinds, kindLabel, kindsLabel, parameterIsList, shown } from '../id/fields.js';
import { isErrorExample } from './exemptions.js';

/** Upper bound of values visited in one example (a 2 MB spec has examples of a few thousand). */
const MAX_NODES = 20_000;

/**
 * ID-04: identifier examples pass their check algorithm. Examples of identifier parameters and
 * properties are checked as a whole; object examples (media types, object schemas) are walked and
 * every key that names an identifier is checked. Error examples are exempt.
 */
export default defineRule({
  meta: { id: 'bouquet-identifier-examples', convention: 'ID-04' },
  check(ctx) {
    const owners = new Map<string, Owner>();
    for (const f of identifierFields(ctx.index)) owners.set(ctx.index.key(f.entry.node.loc), { kinds: f.kinds, name: f.name, list: f.list });
    for (const { param } of ctx.index.parameters()) {
      const d = param.node.value.description;
      const kinds = judgedKinds(param.name, typeof d === 'string' ? d : undefined, param.schema?.value);
      if (kinds.length > 0) {
        owners.set(ctx.index.key(param.node.loc), { kinds, name: param.name, list: parameterIsList(param.node.value, param.schema?.value) });
      }
    }
    for (const ex of ctx.index.examples()) {
      if (isErrorExample(ex)) continue;
      const owner = ownerOf(ctx, ex, owners);
      if (owner && !isObject(ex.value)) {
        // A list example (`38540,38189`) documents several values: each is checked, reported where the list is written.
        const values = owner.list && typeof ex.value === 'string' ? listValues(ex.value) : [ex.value];
        for (const value of values) checkValue(ctx, ex.loc, value, owner.kinds, owner.name);
      }
      else walk(ctx, ex.loc, ex.value, (k) => recogniseIdentifier(k));
    }
  },
});

/** Words that name a kind without doubt (`code_etablissement` is only probably a UAI). */
const EXPLICIT: Record<IdentifierKind, readonly string[]> = {
  siren: ['siren', 'sirens'], siret: ['siret', 'sirets'], nic: ['nic'], rna: ['rna', 'waldec'],
  tva: ['tva', 'vat', 'intracommunautaire'], eori: ['eori'], naf: ['naf', 'ape'], idcc: ['idcc'],
  code_postal: ['postal', 'codepostal', 'zip', 'zipcode', 'postcode'], cog_commune: ['cog', 'insee', 'commune'],
  cog_pays: ['cog', 'pays'], uai: ['uai'], ine: ['ine'], nir: ['nir', 'nss', 'securite'], spi: ['spi', 'fiscal'],
  reference_avis: ['avis'], numero_allocataire: ['allocataire'], iban: ['iban'],
  telephone: ['telephone', 'tel', 'phone', 'portable', 'mobile'],
};

/**
 * A malformed example is reported only when the name says the kind explicitly: a value that fails
 * the form of a kind guessed from a looser name more likely means another code than a wrong example.
 * A wrong check key on a well-formed value is always reported.
 */
function namedExplicitly(kind: IdentifierKind, name: string): boolean {
  return nameTokens(name).some((t) => EXPLICIT[kind].includes(t));
}

interface Owner {
  kinds: IdentifierKind[];
  name: string;
  list: boolean;
}

/** The identifier parameter or schema an example belongs to (`.../example`, `.../examples/k/value`). */
function ownerOf(ctx: RuleContext, ex: ExampleEntry, owners: Map<string, Owner>): Owner | undefined {
  const p = ex.loc.path;
  const cut = p[p.length - 1] === 'example' ? 1 : p[p.length - 3] === 'examples' ? 3 : p[p.length - 2] === 'examples' ? 2 : 0;
  if (cut === 0) return undefined;
  return owners.get(ctx.index.key({ doc: ex.loc.doc, path: p.slice(0, p.length - cut) }));
}

function checkValue(ctx: RuleContext, at: Loc, value: unknown, kinds: IdentifierKind[], name: string, depth = 0): void {
  if (Array.isArray(value)) {
    if (depth < 8) value.forEach((v, i) => checkValue(ctx, { doc: at.doc, path: [...at.path, i] }, v, kinds, name, depth + 1));
    return;
  }
  if (typeof value === 'number' && Number.isInteger(value)) value = String(value);
  if (typeof value !== 'string' || value === '') return;
  kinds = applicableKinds(kinds, value);
  if (kinds.length === 0) return;
  const verdicts = kinds.map((k) => ({ kind: k, verdict: validateIdentifier(k, value as string) }));
  if (verdicts.some((v) => v.verdict.ok)) return;
  const checksum = verdicts.find((v) => !v.verdict.ok && v.verdict.reason === 'checksum');
  if (checksum) {
    ctx.report(at, 'checksum', {
      name, value: shown(value), kind: kindLabel(ctx.lang, checksum.kind).a, check: kindLabel(ctx.lang, checksum.kind).check,
    });
  } else if (kinds.some((k) => namedExplicitly(k, name))) {
    ctx.report(at, 'format', {
      name, value: shown(value), kind: kindsLabel(ctx.lang, kinds, 'a'), pattern: canonicalOf(kinds),
    });
  }
}

/** Walks an example value and checks every key that names an identifier. */
function walk(ctx: RuleContext, at: Loc, root: unknown, kindsOfKey: (k: string) => IdentifierKind[]): void {
  const work: { value: unknown; path: (string | number)[] }[] = [{ value: root, path: at.path }];
  let budget = MAX_NODES;
  while (work.length > 0 && budget-- > 0) {
    const { value, path } = work.pop()!;
    if (Array.isArray(value)) {
      value.forEach((v, i) => {
        if (typeof v === 'object' && v !== null) work.push({ value: v, path: [...path, i] });
      });
    } else if (isObject(value)) {
      for (const k of Object.keys(value)) {
        const v = value[k];
        const kinds = typeof v === 'object' && v !== null && !Array.isArray(v) ? [] : kindsOfKey(k);
        if (kinds.length > 0) checkValue(ctx, { doc: at.doc, path: [...path, k] }, v, kinds, k);
        else if (typeof v === 'object' && v !== null) work.push({ value: v, path: [...path, k] });
      }
    }
  }
}
