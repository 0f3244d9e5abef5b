/**
 * Golden outputs on the real corpus: what the linter says about each real specification, kept as a
 * reviewed text file per spec in `test/golden/`. Any change in the findings shows up in review.
 * After an intended change: `npx vitest run test/golden.test.ts -u`, then read the diff.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFixture, ROOT } from './helpers/lint.js';

const DIRS = ['fixtures/corpus/bouquet', 'fixtures/corpus/producers', 'fixtures/real', 'fixtures/real/swagger2'];

function render(findings: Awaited<ReturnType<typeof lintFixture>>): string {
  return (
    findings
      .map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.convention} ${f.rule} ${f.message}`)
      .sort((a, b) => {
        const [la, ca] = a.split(' ')[0]!.split(':').map(Number);
        const [lb, cb] = b.split(' ')[0]!.split(':').map(Number);
        return la! - lb! || ca! - cb! || a.localeCompare(b);
      })
      .join('\n') + '\n'
  );
}

describe('golden findings on the real corpus', () => {
  for (const dir of DIRS) {
    for (const file of readdirSync(path.join(ROOT, dir)).filter((f) => /\.(ya?ml|json)$/.test(f)).sort()) {
      it(`${dir}/${file}`, async () => {
        const findings = await lintFixture(`${dir}/${file}`, { lang: 'fr' });
        await expect(render(findings)).toMatchFileSnapshot(`golden/${file.replace(/\.(ya?ml|json)$/, '')}.txt`);
      });
    }
  }
});
