/**
 * The parsers without syntax tree (src/load/yaml.ts, src/load/json.ts): YAML 1.2 values, duplicate keys,
 * syntax errors with line and column, and positions computed on demand exactly where Spectral's parsers
 * put them (the goldens depend on it; test/golden.test.ts checks the whole corpus).
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/load/document.js';
import { UsageError } from '../../src/load/errors.js';

const at = (line: number, character: number) => ({ line, character });

describe('YAML', () => {
  it('YAML 1.2 core values: no yes/no booleans, no sexagesimal, dates stay strings', () => {
    const doc = parseDocument('/x/a.yaml', 'a.yaml', "a: yes\nb: 1:20\nc: '0123'\nd: 2023-01-01\ne: 0x1F\nf: ~\ng: true\n");
    expect(doc.data).toEqual({ a: 'yes', b: '1:20', c: '0123', d: '2023-01-01', e: 31, f: null, g: true });
  });

  it('duplicate keys: the last value wins, each repeated key reported with its path', () => {
    const doc = parseDocument('/x/a.yaml', 'a.yaml', 'info:\n  title: A\n  title: B\npaths:\n  /a: {}\n  /a: {}\n');
    expect(doc.data).toEqual({ info: { title: 'B' }, paths: { '/a': {} } });
    expect(doc.duplicateKeys.map((d) => d.path)).toEqual([['info', 'title'], ['paths', '/a']]);
  });

  it('positions: a collection value after its colon, a scalar at its first character, a block scalar at its indicator', () => {
    const text = "info:\n  title: 'Mon API'\n  description: |\n    Ligne 1\n    Ligne 2\n  x-vide:\nlist:\n  - a\n  - k: v\n";
    const doc = parseDocument('/x/a.yaml', 'a.yaml', text);
    expect(doc.rangeOf(['info'])).toEqual({ start: at(0, 5), end: at(5, 9) });
    expect(doc.rangeOf(['info', 'title'])).toEqual({ start: at(1, 9), end: at(1, 18) });
    expect(doc.rangeOf(['info', 'description'])).toEqual({ start: at(2, 15), end: at(4, 11) });
    expect(doc.rangeOf(['info', 'x-vide'])).toEqual({ start: at(5, 9), end: at(5, 9) });
    expect(doc.rangeOf(['list', 1])).toEqual({ start: at(8, 4), end: at(8, 8) });
    expect(doc.rangeOf(['list', 5])).toEqual({ start: at(0, 0), end: at(0, 0) });
  });

  it('a syntax error: exit-2 error with line and column', () => {
    expect(() => parseDocument('/x/a.yaml', 'a.yaml', 'a: [1,\nb: 2\n')).toThrow(UsageError);
    try {
      parseDocument('/x/a.yaml', 'a.yaml', 'info:\n  title: "x" y\n');
    } catch (e) {
      expect((e as UsageError).key).toBe('load.invalidYaml');
      expect((e as UsageError).args).toMatchObject({ file: 'a.yaml', line: 2, column: 14 });
    }
  });
});

describe('JSON', () => {
  it('duplicate keys: the last value wins, each repeated key reported with its path', () => {
    const doc = parseDocument('/x/a.json', 'a.json', '{"info": {"title": "A", "title": "B"}, "x": [{"k": 1, "k": 2}]}');
    expect(doc.data).toEqual({ info: { title: 'B' }, x: [{ k: 2 }] });
    expect(doc.duplicateKeys.map((d) => d.path)).toEqual([['info', 'title'], ['x', 0, 'k']]);
  });

  it('positions: a value from its first to its last character; a path that goes astray gets its last node', () => {
    const doc = parseDocument('/x/a.json', 'a.json', '{\n  "info": {\n    "title": "Mon \\"API\\""\n  },\n  "tags": [1, {"a": null}]\n}\n');
    expect(doc.rangeOf(['info'])).toEqual({ start: at(1, 10), end: at(3, 3) });
    expect(doc.rangeOf(['info', 'title'])).toEqual({ start: at(2, 13), end: at(2, 26) });
    expect(doc.rangeOf(['tags', 1, 'a'])).toEqual({ start: at(4, 20), end: at(4, 24) });
    expect(doc.rangeOf(['info', 'nope'])).toEqual({ start: at(1, 10), end: at(3, 3) });
  });

  it('a syntax error: line and column', () => {
    try {
      parseDocument('/x/a.json', 'a.json', '{\n  "a": 1,\n  "b": }\n');
      expect.unreachable();
    } catch (e) {
      expect((e as UsageError).key).toBe('load.invalidJson');
      expect((e as UsageError).args).toMatchObject({ file: 'a.json', line: 3, column: 8 });
    }
  });
});
