/**
 * Real version pairs from the public history of the bouquets' specs (fixtures/diff/real/SOURCES.md):
 * what `diff` says about each is a reviewed golden file next to the pair. After an intended change:
 * `npx vitest run test/diff/real.test.ts -u`, then read the diff.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { changeRecords, diffFindings } from '../../src/diff/findings.js';
import { diffSpecs } from '../../src/diff/index.js';
import { loadSpec } from '../../src/load/spec.js';
import { ROOT } from '../helpers/cli.js';

const PAIRS: [string, string, string][] = [
  ['api-particulier-v3', 'fixtures/diff/real/api-particulier-v3-2025-12-05.yaml', 'fixtures/diff/real/api-particulier-v3-2026-01-09.yaml'],
  ['api-entreprise-v3', 'fixtures/diff/real/api-entreprise-v3-2026-01-13.yaml', 'fixtures/corpus/bouquet/api-entreprise-v3.yaml'],
];

async function compare(oldFile: string, newFile: string) {
  const result = diffSpecs(await loadSpec(oldFile, { cwd: ROOT }), await loadSpec(newFile, { cwd: ROOT }));
  return { changes: changeRecords(result, 'fr'), findings: diffFindings(result, 'fr') };
}

describe('diff on real version pairs', () => {
  it.each(PAIRS)('%s', async (name, oldFile, newFile) => {
    const { changes, findings } = await compare(oldFile, newFile);
    const text =
      changes.map((c) => `${c.class} ${c.kind} ${c.new.source}:${c.new.range.start.line + 1} ${c.message}`).join('\n') +
      '\n--- SRV-03\n' +
      findings.map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.level} ${f.message}`).join('\n') +
      '\n';
    await expect(text).toMatchFileSnapshot(path.join(ROOT, `fixtures/diff/real/${name}.golden.txt`));
  });

  it('the 2 MB API Entreprise spec against itself has no change', async () => {
    const file = 'fixtures/corpus/bouquet/api-entreprise-v3.yaml';
    const { changes, findings } = await compare(file, file);
    expect(changes).toEqual([]);
    expect(findings).toEqual([]);
  });
});
