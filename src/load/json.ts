/**
 * JSON through the engine's native `JSON.parse`, with positions found on demand in the text.
 * One pass records where every object and array opens and closes (two integers each); a lookup then
 * reads only the members of the containers on its path, jumping over nested containers, and each
 * container's members are read once however many lookups go through it.
 *
 * Positions follow Spectral's JSON parser exactly: a node spans its value (brackets and quotes
 * included), the first of duplicate keys is the one found, and a path that goes astray gives the
 * range of the last node it reached.
 */
import spectralParsers from '@stoplight/spectral-parsers';
import type { JsonPath, Range } from '../finding.js';
import { UsageError } from './errors.js';
import { LineMap } from './positions.js';

export interface ParsedJson {
  data: unknown;
  /** Paths of keys written twice in the same object (the last one wins). */
  duplicateKeys: JsonPath[];
  locate(path: JsonPath): Range | undefined;
}

/** Throws UsageError `load.invalidJson` with line and column on a syntax error. */
export function parseJson(text: string, file: string): ParsedJson {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return parseLeniently(text, file);
  }
  const locator = new JsonLocator(text);
  const duplicateKeys = locator.memberCount() === keyCount(data) ? [] : locator.duplicateKeys();
  return { data, duplicateKeys, locate: (path) => locator.locate(path) };
}

/**
 * What `JSON.parse` refuses goes through Spectral's JSON parser, as before: its message and position for a
 * syntax error, or the document when it is only lenient JSON (comments).
 */
function parseLeniently(text: string, file: string): ParsedJson {
  const parsed = spectralParsers.Json.parse(text);
  const diagnostics = parsed.diagnostics as { message: string; severity: number; code?: unknown; path?: JsonPath; range: Range }[];
  const error = diagnostics.find((d) => d.severity === 0 && d.message !== 'DuplicateKey');
  if (error) {
    throw new UsageError('load.invalidJson', {
      file,
      line: error.range.start.line + 1,
      column: error.range.start.character + 1,
      detail: humanParserMessage(error.message),
    });
  }
  return {
    data: parsed.data,
    duplicateKeys: diagnostics.filter((d) => d.message === 'DuplicateKey').map((d) => d.path ?? []),
    locate: (path) => spectralParsers.Json.getLocationForJsonPath(parsed, path as string[], true)?.range as Range | undefined,
  };
}

/** jsonc-parser reports error codes by name (`PropertyNameExpected`): make them readable. */
function humanParserMessage(message: string): string {
  return /^[A-Z][a-zA-Z]+$/.test(message) ? message.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase() : message;
}

/** Keys of every object of a parsed JSON value (a tree: JSON has no shared nodes). */
function keyCount(data: unknown): number {
  let count = 0;
  const stack: unknown[] = [data];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null) continue;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) if (typeof v[i] === 'object' && v[i] !== null) stack.push(v[i]);
      continue;
    }
    for (const k in v as Record<string, unknown>) {
      count++;
      const c = (v as Record<string, unknown>)[k];
      if (typeof c === 'object' && c !== null) stack.push(c);
    }
  }
  return count;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

class JsonLocator {
  private readonly lines: LineMap;
  /** Offsets of every `{` and `[`, in order, and of the bracket closing each. */
  private readonly opens: Int32Array;
  private readonly closes: Int32Array;
  private readonly members: number;
  private readonly objects = new Map<number, Map<string, number>>();
  private readonly arrays = new Map<number, number[]>();

  constructor(private readonly text: string) {
    this.lines = new LineMap(text);
    const opens: number[] = [];
    const closes: number[] = [];
    const stack: number[] = [];
    let members = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === QUOTE) i = stringEnd(text, i) - 1;
      else if (c === 0x7b || c === 0x5b) {
        stack.push(opens.length);
        opens.push(i);
        closes.push(-1);
      } else if (c === 0x7d || c === 0x5d) closes[stack.pop()!] = i;
      else if (c === 0x3a) members++;
    }
    this.opens = Int32Array.from(opens);
    this.closes = Int32Array.from(closes);
    this.members = members;
  }

  memberCount(): number {
    return this.members;
  }

  locate(path: JsonPath): Range {
    let node = skipSpace(this.text, 0);
    for (const raw of path) {
      const n = Number(raw);
      const segment: string | number = Number.isInteger(n) ? n : raw;
      const c = this.text.charCodeAt(node);
      let next: number | undefined;
      if (typeof segment === 'string' || c !== 0x5b) {
        if (c === 0x7b) next = this.objectTable(node).get(String(segment));
      } else {
        next = this.arrayItems(node)[segment];
      }
      if (next === undefined) break;
      node = next;
    }
    return this.lines.range(node, this.valueEnd(node));
  }

  /** Paths of the repeated keys (a full walk: only when the key count says there are some). */
  duplicateKeys(): JsonPath[] {
    const out: JsonPath[] = [];
    const walk = (node: number, path: JsonPath): void => {
      const c = this.text.charCodeAt(node);
      if (c === 0x7b) {
        const seen = new Set<string>();
        this.eachMember(node, (key, value) => {
          if (seen.has(key)) out.push([...path, key]);
          else seen.add(key);
          walk(value, [...path, key]);
        });
      } else if (c === 0x5b) {
        this.arrayItems(node).forEach((item, i) => walk(item, [...path, i]));
      }
    };
    walk(skipSpace(this.text, 0), []);
    return out;
  }

  private objectTable(node: number): Map<string, number> {
    let table = this.objects.get(node);
    if (table) return table;
    const t = new Map<string, number>();
    this.eachMember(node, (key, value) => {
      if (!t.has(key)) t.set(key, value);
    });
    this.objects.set(node, t);
    return t;
  }

  private arrayItems(node: number): number[] {
    let items = this.arrays.get(node);
    if (items) return items;
    items = [];
    const text = this.text;
    let i = skipSpace(text, node + 1);
    while (i < text.length && text.charCodeAt(i) !== 0x5d) {
      items.push(i);
      i = skipSpace(text, this.valueEnd(i));
      if (text.charCodeAt(i) === 0x2c) i = skipSpace(text, i + 1);
    }
    this.arrays.set(node, items);
    return items;
  }

  private eachMember(node: number, visit: (key: string, value: number) => void): void {
    const text = this.text;
    let i = skipSpace(text, node + 1);
    while (i < text.length && text.charCodeAt(i) === QUOTE) {
      const keyEnd = stringEnd(text, i);
      const raw = text.slice(i + 1, keyEnd - 1);
      const key = raw.includes('\\') ? (JSON.parse(text.slice(i, keyEnd)) as string) : raw;
      const value = skipSpace(text, skipSpace(text, keyEnd) + 1);
      visit(key, value);
      i = skipSpace(text, this.valueEnd(value));
      if (text.charCodeAt(i) === 0x2c) i = skipSpace(text, i + 1);
    }
  }

  /** Offset just after the value starting at `i`. */
  private valueEnd(i: number): number {
    const text = this.text;
    const c = text.charCodeAt(i);
    if (c === QUOTE) return stringEnd(text, i);
    if (c === 0x7b || c === 0x5b) {
      let lo = 0;
      let hi = this.opens.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.opens[mid]! < i) lo = mid + 1;
        else hi = mid;
      }
      return this.closes[lo]! + 1;
    }
    let j = i;
    while (j < text.length) {
      const d = text.charCodeAt(j);
      if (d === 0x2c || d === 0x7d || d === 0x5d || d === 0x20 || d === 0x0a || d === 0x0d || d === 0x09) break;
      j++;
    }
    return j;
  }
}

/** Offset just after the closing quote of the string opening at `i`. */
function stringEnd(text: string, i: number): number {
  let j = i;
  for (;;) {
    j = text.indexOf('"', j + 1);
    if (j < 0) return text.length;
    let backslashes = 0;
    for (let k = j - 1; text.charCodeAt(k) === BACKSLASH; k--) backslashes++;
    if (backslashes % 2 === 0) return j + 1;
  }
}

function skipSpace(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
    j++;
  }
  return j;
}
