/**
 * Issue 10, row 2: a spec with thousands of paths. Positions are computed on demand for the reported
 * paths only, through per-collection tables built once (src/load/json.ts, src/load/yaml.ts): here,
 * five hundred operations each get their finding at the exact line and column where they are written,
 * in JSON and in YAML. The time and memory at 2,000 and 20,000 paths are measured by `npm run bench:hostile`
 * (no timing assertion in tests).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { dump } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { largeSpec } from '../../bench/hostile-specs.js';
import { runCli } from '../helpers/cli.js';

const N = 500;

/** Zero-based line and character of every match of `re` in `text`, plus `shift` characters (one pass). */
function positions(text: string, re: RegExp, shift: number): { line: number; character: number }[] {
  const out: { line: number; character: number }[] = [];
  let line = 0;
  let lineStart = 0;
  let scanned = 0;
  for (const m of text.matchAll(re)) {
    const offset = m.index + shift;
    for (let i = text.indexOf('\n', scanned); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    scanned = lineStart;
    out.push({ line, character: offset - lineStart });
  }
  return out;
}

async function operationIdFindings(name: string, text: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'bouquet-large-'));
  writeFileSync(path.join(dir, name), text);
  const r = await runCli(['lint', name, '--format', 'json'], { cwd: dir });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(1);
  const findings = JSON.parse(r.stdout).findings as { rule: string; path: string[]; range: { start: { line: number; character: number } } }[];
  return findings.filter((f) => f.rule === 'bouquet-operation-ids').map((f) => ({ path: f.path.join(' '), start: f.range.start }));
}

const expectedPaths = Array.from({ length: N }, (_, i) => `paths /v1/ressources_${i}/{siren} get`);

describe(`a spec with ${N} paths`, () => {
  it('JSON: each operation reported at its own "get" object', async () => {
    const text = JSON.stringify(largeSpec(N), null, 2);
    const found = await operationIdFindings('openapi.json', text);
    // The value of `"get": ` starts at its brace.
    const gets = positions(text, /"get": \{/g, '"get": '.length);
    expect(gets).toHaveLength(N);
    expect(found.map((f) => f.path)).toEqual(expectedPaths);
    expect(found.map((f) => f.start)).toEqual(gets);
  });

  it('YAML: each operation reported just after its "get:" key', async () => {
    const text = dump(largeSpec(N));
    const found = await operationIdFindings('openapi.yaml', text);
    // A mapping value starts just after its key's colon (as Spectral's YAML parser counts it).
    const gets = positions(text, /get:\n/g, 'get:'.length);
    expect(gets).toHaveLength(N);
    expect(found.map((f) => f.path)).toEqual(expectedPaths);
    expect(found.map((f) => f.start)).toEqual(gets);
  });
});
