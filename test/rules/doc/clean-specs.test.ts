import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/lint.js';
import { lintCorpus } from './spec-builder.js';

/** The conventions whose rules live in rulesets/{doc,srv,auth,qos,trace}. */
const OWN = /^(DOC|SRV|AUTH|QOS|TRACE)-/;

const CLEAN: [string, 'entreprise' | 'particulier'][] = [
  ['fixtures/example/openapi.yaml', 'entreprise'],
  ['fixtures/rules/clean-particulier.yaml', 'particulier'],
];

describe('clean specifications have no MUST finding of the DOC, SRV, AUTH, QOS and TRACE conventions', () => {
  for (const [file, bouquet] of CLEAN) {
    it(`${file} (${bouquet})`, async () => {
      expect(existsSync(path.join(ROOT, file)), `${file} exists`).toBe(true);
      const errors = (await lintCorpus(file, { bouquet })).filter((f) => OWN.test(f.convention) && f.severity === 'error');
      expect(errors.map((f) => `${f.convention} ${f.path.join('/')}: ${f.message}`)).toEqual([]);
    });
  }
});
