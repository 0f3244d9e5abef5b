import { describe, expect, it } from 'vitest';
import { lintFixture } from '../../helpers/lint.js';

const MINE = /^(ERR|DATA|CASE)-/;
const mustOf = (f: { convention: string; severity: string }[]) => f.filter((x) => MINE.test(x.convention) && x.severity === 'error');

describe('clean specifications: no MUST finding of ERR, DATA or CASE', () => {
  it('the example producer (entreprise), in both profiles', async () => {
    expect(mustOf(await lintFixture('fixtures/example/openapi.yaml'))).toEqual([]);
    expect(mustOf(await lintFixture('fixtures/example/openapi.yaml', { profile: 'strict' }))).toEqual([]);
  });

  it('the clean particulier specification', async () => {
    expect(mustOf(await lintFixture('fixtures/rules/clean-particulier.yaml', { bouquet: 'particulier' }))).toEqual([]);
  });
});
