/**
 * src/load/yaml.ts builds the data of a plain document (no tag, anchor, alias or merge key: what
 * specifications are) in one pass of its own, and hands any other document to js-yaml's constructor.
 * Both must give exactly what js-yaml's `load` gives: same values, same key order, same handling of
 * keys that are not strings. Checked on crafted documents and on every YAML file of the fixtures.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { CORE_SCHEMA, load, mergeTag } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/load/yaml.js';
import { ROOT } from '../helpers/lint.js';

const SCHEMA = CORE_SCHEMA.withTags(mergeTag);

/** The value with every object's keys in their order, so that a difference of order is a difference. */
const ordered = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(ordered) : v !== null && typeof v === 'object' ? Object.keys(v).map((k) => [k, ordered((v as Record<string, unknown>)[k])]) : v;

const expectLikeJsYaml = (text: string) => expect(ordered(parseYaml(text, 'a.yaml').data)).toEqual(ordered(load(text, { schema: SCHEMA })));

describe('YAML construction', () => {
  it.each([
    ['scalars of the core schema', "a: yes\nb: 1:20\nc: '0123'\nd: 0x1F\ne: 0o17\nf: ~\ng: TRUE\nh: .inf\ni: -.5e3\nj: 1.10\nk:\nl: ''\nm: \"\\u00e9\"\n"],
    ['keys that are not strings', '200: ok\n1.10: f\ntrue: b\n~: n\n0x1F: h\n-0: z\n'],
    ['block scalars and folded lines', 'a: |\n  un\n  deux\nb: >-\n  un\n  deux\n\nc: |+\n  x\n\nd: plain\n  continued\n'],
    ['flow collections', 'a: {b: [1, 2, {c: d}], e: []}\nf: [x, "y", {}]\n'],
    ['nested sequences and mappings', 'a:\n  - b: 1\n    c:\n      - - 1\n        - 2\n  - []\n  -\n  - d\n'],
    ['a __proto__ key stays data', '__proto__: {polluted: true}\nx: 1\n'],
    ['a scalar document', 'just text\n'],
    ['an empty value at the root', 'a:\n'],
  ])('%s: as js-yaml', (_name, text) => expectLikeJsYaml(text));

  it.each([
    ['anchors and aliases', 'a: &x {k: v}\nb: *x\nc: [*x]\n'],
    ['merge keys', 'base: &b {k: 1, l: 2}\nm:\n  <<: *b\n  l: 3\n'],
    ['explicit tags', "a: !!str 123\nb: !!int '7'\nc: !!float 1\n"],
  ])('%s (js-yaml builds them): as js-yaml', (_name, text) => expectLikeJsYaml(text));

  it('a key written twice: the last value wins, in the place of the first, and its path is reported', () => {
    const parsed = parseYaml('a: 1\nb:\n  c: 1\n  d: 2\n  c: 3\na: 4\n', 'a.yaml');
    expect(ordered(parsed.data)).toEqual(ordered({ a: 4, b: { c: 3, d: 2 } }));
    expect(parsed.duplicateKeys).toEqual([['b', 'c'], ['a']]);
  });

  it('a key written twice as different scalars of the same string (1 and "1") is a duplicate too', () => {
    const parsed = parseYaml("1: a\n'1': b\n", 'a.yaml');
    expect(parsed.data).toEqual({ 1: 'b' });
    expect(parsed.duplicateKeys).toEqual([['1']]);
  });

  it('every YAML file of the fixtures: as js-yaml', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const p = path.join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.ya?ml$/.test(name)) files.push(p);
      }
    };
    walk(path.join(ROOT, 'fixtures'));
    let compared = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      let expected: unknown;
      try {
        expected = load(text, { schema: SCHEMA });
      } catch {
        continue; // invalid, duplicated keys or several documents: covered by the tests above and by the goldens
      }
      expect(ordered(parseYaml(text, file).data), file).toEqual(ordered(expected));
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(164);
  });
});
