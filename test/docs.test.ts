import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONVENTIONS } from '../rulesets/conventions.js';
import { writeDocs } from '../scripts/gen-docs.js';

const DOCS = path.resolve(__dirname, '..', 'docs', 'rules');
const OUTDATED = 'docs/rules/ is out of date: run `npm run docs`';

describe('docs/rules', () => {
  const fresh = mkdtempSync(path.join(tmpdir(), 'bouquet-docs-'));
  writeDocs(fresh);
  const generated = readdirSync(fresh).sort();

  it('has one page per convention plus the index', () => {
    expect(generated).toEqual([...CONVENTIONS.map((c) => `${c.id}.md`), 'README.md'].sort());
    const page = readFileSync(path.join(fresh, 'AUTH-05.md'), 'utf8');
    expect(page).toContain('bouquet-unauthorized-documented');
    expect(page).toContain('```yaml');
  });

  it('is up to date with the rules and catalogues', () => {
    expect(readdirSync(DOCS).filter((f) => f.endsWith('.md')).sort(), OUTDATED).toEqual(generated);
    for (const name of generated) {
      expect(readFileSync(path.join(DOCS, name), 'utf8'), `${name}: ${OUTDATED}`).toBe(readFileSync(path.join(fresh, name), 'utf8'));
    }
  });
});
