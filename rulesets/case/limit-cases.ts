import path from 'node:path';
import { defineRule } from '../../src/lint/rule.js';
import type { TestCase } from '../../src/load/cases.js';
import { opLabel } from '../err/shape.js';
import { caseFolders } from './match.js';

const PIVOT = new Set(['nomNaissance', 'prenoms', 'sexeEtatCivil', 'anneeDateNaissance', 'family_name', 'given_name', 'birthdate', 'gender']);
const COUNTRY = new Set(['codeCogInseePaysNaissance', 'birthcountry']);
const FULL = ['prenoms', 'jourDateNaissance', 'moisDateNaissance'];

const text = (tc: TestCase) => [path.basename(tc.doc.displayPath), tc.title ?? '', tc.description ?? ''].join(' ').replace(/[_-]/g, ' ');

/** The limit cases the bouquet covers on identity routes, each recognised by its params or its words. */
const KINDS: { key: string; test: (tc: TestCase) => boolean }[] = [
  {
    key: 'missingForeign',
    test: (tc) =>
      Object.entries(tc.params ?? {}).some(([k, v]) => COUNTRY.has(k) && typeof v === 'string' && v !== '99100') || /[ée]tranger|foreign|born abroad/i.test(text(tc)),
  },
  { key: 'missingTypo', test: (tc) => /faute de frappe|phon[ée]tique|erreur de saisie|typo/i.test(text(tc)) },
  {
    key: 'missingLittleData',
    test: (tc) => /peu de donn|little data|donn[ée]es partielles/i.test(text(tc)) || (tc.params !== undefined && 'nomNaissance' in tc.params && FULL.some((k) => !(k in tc.params!))),
  },
];

/** CASE-02 (SHOULD, particulier): identity routes also cover foreign-born, typo and too-little-data cases. */
export default defineRule({
  meta: { id: 'bouquet-case-limit-coverage', convention: 'CASE-02', level: 'SHOULD', bouquet: 'particulier', requires: 'cases' },
  check(ctx) {
    if (!ctx.cases) return;
    for (const folder of caseFolders(ctx.index, ctx.cases)) {
      if (!folder.op || folder.cases.length === 0) continue;
      if (!folder.op.parameters.some((p) => PIVOT.has(p.name.replace(/\[\]$/, '')))) continue;
      for (const kind of KINDS) {
        if (!folder.cases.some(kind.test)) ctx.report({ doc: folder.cases[0]!.doc, path: [] }, kind.key, { folder: folder.name, operation: opLabel(folder.op) });
      }
    }
  },
});
