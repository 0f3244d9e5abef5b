/**
 * YAML 1.2 (core schema, merge keys) through js-yaml's event parser: the data is built without an
 * intermediate tree, and the flat event list, which carries source offsets, answers position
 * lookups on demand. A lookup follows the path through per-collection tables built the first time a
 * collection is visited, so thousands of lookups cost one pass over the collections they touch.
 *
 * Positions follow Spectral's YAML parser exactly (the findings' lines and columns must not move):
 * a mapping value that is a collection starts just after its key's colon, a scalar where its text
 * starts, a key without value after the colon; a node ends where its last scalar ends; a path
 * through an alias has no position.
 */
import {
  CORE_SCHEMA,
  EVENT_ALIAS,
  EVENT_DOCUMENT,
  EVENT_MAPPING,
  EVENT_POP,
  EVENT_SCALAR,
  EVENT_SEQUENCE,
  SCALAR_STYLE_DOUBLE_QUOTED,
  SCALAR_STYLE_FOLDED_BLOCK,
  SCALAR_STYLE_LITERAL_BLOCK,
  SCALAR_STYLE_PLAIN,
  SCALAR_STYLE_SINGLE_QUOTED,
  YAMLException,
  constructFromEvents,
  getScalarValue,
  mergeTag,
  parseEvents,
  type Event,
  type ScalarEvent,
} from 'js-yaml';
import yamlAst from '@stoplight/yaml-ast-parser';
import spectralParsers from '@stoplight/spectral-parsers';
import type { JsonPath, Range } from '../finding.js';
import { UsageError } from './errors.js';
import { LineMap } from './positions.js';

const SCHEMA = CORE_SCHEMA.withTags(mergeTag);
/** Nodes that aliases may add to a document once expanded: far above any real specification, far below a blow-up. */
export const ALIAS_NODE_BUDGET = 1_000_000;
const MAX_DEPTH = 1000;

export interface ParsedYaml {
  data: unknown;
  /** Paths of keys written twice in the same mapping (the last one wins, as in Spectral's parser). */
  duplicateKeys: JsonPath[];
  /** Range of the node at a path, or undefined when the path is not written as such (e.g. it goes through an alias). */
  locate(path: JsonPath): Range | undefined;
}

/**
 * Parses one YAML document. Throws UsageError `load.invalidYaml` (with line and column) on a syntax error,
 * `load.yamlAliases` when aliases would expand beyond ALIAS_NODE_BUDGET nodes or refer to themselves.
 */
export function parseYaml(text: string, file: string): ParsedYaml {
  let events: Event[];
  try {
    events = parseEvents(text, { maxDepth: MAX_DEPTH });
  } catch (e) {
    return parseLeniently(text, file, e);
  }
  const structure = scanStructure(events, text, file);
  let data: unknown;
  let duplicateKeys: JsonPath[] = [];
  let duplicated = false;
  const plain = structure.aliases === 0 ? constructPlainDocument(events, text) : undefined;
  if (plain) {
    ({ data, duplicated } = plain);
  } else {
    try {
      data = constructDocument(events, text, false);
    } catch (e) {
      if (!(e instanceof YAMLException) || !/duplicated mapping key/.test(e.reason)) return parseLeniently(text, file, e);
      try {
        data = constructDocument(events, text, true);
      } catch (e2) {
        return parseLeniently(text, file, e2);
      }
      duplicated = true;
    }
  }
  // The event objects are dropped here: kept as columns, the table costs a quarter of their memory.
  const table = new EventTable(events, text);
  if (duplicated) duplicateKeys = findDuplicateKeys(table, structure.close);
  if (structure.aliases > 0) data = unshare(data);
  const locator = new YamlLocator(table, text, structure);
  return { data, duplicateKeys, locate: (path) => locator.locate(path) };
}

/**
 * What js-yaml refuses goes through Spectral's YAML parser, as before: real specifications carry quirks it
 * tolerates (a quoted string continued less indented than its key). Its aliases are counted first on its
 * syntax tree, where they are still shared, against the same budget.
 */
function parseLeniently(text: string, file: string, jsYamlError: unknown): ParsedYaml {
  const ast = yamlAst.load(text, {}) as AstNode | undefined;
  const firstError = (ast as { errors?: { isWarning?: boolean }[] } | undefined)?.errors?.find((err) => !err.isWarning);
  if (!ast || firstError) throw syntaxError(jsYamlError, file);
  checkAstAliases(ast, text, file);
  const parsed = spectralParsers.Yaml.parse(text);
  const diagnostics = parsed.diagnostics as { message: string; severity: number; path?: JsonPath }[];
  if (diagnostics.some((d) => d.severity === 0 && !/^duplicate ?key/i.test(d.message))) throw syntaxError(jsYamlError, file);
  return {
    data: parsed.data,
    duplicateKeys: diagnostics.filter((d) => /^duplicate ?key/i.test(d.message)).map((d) => d.path ?? []),
    locate: (path) => spectralParsers.Yaml.getLocationForJsonPath(parsed, path as string[])?.range as Range | undefined,
  };
}

interface AstNode {
  kind: number;
  startPosition: number;
  value?: AstNode | null;
  mappings?: AstNode[];
  items?: (AstNode | null)[];
}

/** The alias budget on yaml-ast-parser's tree: each node's expanded size computed once. */
function checkAstAliases(root: AstNode, text: string, file: string): void {
  const sizes = new Map<AstNode, number>();
  const inProgress = new Set<AstNode>();
  let added = 0;
  const size = (node: AstNode | null | undefined): number => {
    if (!node) return 0;
    const known = sizes.get(node);
    if (known !== undefined) return known;
    if (inProgress.has(node)) throw aliasError(text, node.startPosition, file, 'recursive');
    inProgress.add(node);
    let n = 1;
    if (node.kind === yamlAst.Kind.ANCHOR_REF) {
      n = size(node.value);
      added += n;
      if (added > ALIAS_NODE_BUDGET) throw aliasError(text, node.startPosition, file, 'budget');
    } else if (node.kind === yamlAst.Kind.MAPPING) n += size(node.value);
    else if (node.kind === yamlAst.Kind.MAP) for (const m of node.mappings ?? []) n += size(m);
    else if (node.kind === yamlAst.Kind.SEQ) for (const item of node.items ?? []) n += size(item);
    inProgress.delete(node);
    sizes.set(node, n);
    return n;
  };
  size(root);
}

function constructDocument(events: Event[], source: string, json: boolean): unknown {
  const docs = constructFromEvents(events, { source, schema: SCHEMA, json });
  return docs.length === 0 ? null : docs[0];
}

/** The merge key's tag, which plain `<<` resolves to. */
const MERGE_TAG_NAME = mergeTag.tagName;

/** The pending key of an open mapping, when it has none (and of every open sequence). */
const NO_KEY = Symbol('no key');

/**
 * The data of a plain document, built in one pass over the events: what js-yaml's constructor gives,
 * with the same scalar resolution (the schema's), for a single document with no tag, no anchor, no
 * alias, no merge key and no collection as key, which is what specifications are. Undefined for any
 * other document, which js-yaml's constructor then builds. A key written twice keeps its last value
 * (`duplicated` is set), as js-yaml does when asked to allow them.
 */
function constructPlainDocument(events: Event[], source: string): { data: unknown; duplicated: boolean } | undefined {
  const n = events.length;
  if (n < 2 || events[0]!.type !== EVENT_DOCUMENT) return undefined;
  // The open collections, innermost last, and the pending key of each.
  const containers: (Record<string, unknown> | unknown[])[] = [];
  const keys: unknown[] = [];
  let data: unknown;
  let hasData = false;
  let duplicated = false;
  for (let i = 1; i < n; i++) {
    const e = events[i]!;
    let value: unknown;
    switch (e.type) {
      case EVENT_SCALAR: {
        if (e.tagStart !== -1 || e.anchorStart !== -1) return undefined;
        const text = getScalarValue(source, e);
        if (e.style === SCALAR_STYLE_PLAIN) {
          const resolved = SCHEMA.resolveImplicitScalarTag(text);
          if (resolved.tag.tagName === MERGE_TAG_NAME) return undefined;
          value = resolved.value;
        } else {
          value = text;
        }
        break;
      }
      case EVENT_MAPPING:
      case EVENT_SEQUENCE:
        if (e.tagStart !== -1 || e.anchorStart !== -1) return undefined;
        containers.push(e.type === EVENT_MAPPING ? {} : []);
        keys.push(NO_KEY);
        continue;
      case EVENT_POP:
        // The document's end: it must be the last event, and hold a value.
        if (containers.length === 0) return i === n - 1 && hasData ? { data, duplicated } : undefined;
        // A mapping whose last key has no value.
        if (keys.pop() !== NO_KEY) return undefined;
        value = containers.pop();
        break;
      default:
        // An alias, or a second document.
        return undefined;
    }
    const top = containers.length - 1;
    if (top < 0) {
      data = value;
      hasData = true;
      continue;
    }
    const container = containers[top]!;
    if (Array.isArray(container)) {
      container.push(value);
      continue;
    }
    const key = keys[top];
    if (key === NO_KEY) {
      if (value !== null && typeof value === 'object') return undefined;
      keys[top] = value;
      continue;
    }
    keys[top] = NO_KEY;
    const k = String(key);
    if (Object.prototype.hasOwnProperty.call(container, k)) duplicated = true;
    if (k === '__proto__') Object.defineProperty(container, k, { value, enumerable: true, configurable: true, writable: true });
    else container[k] = value;
  }
  return undefined;
}

function syntaxError(e: unknown, file: string): UsageError {
  if (e instanceof YAMLException) {
    return new UsageError('load.invalidYaml', {
      file,
      line: (e.mark?.line ?? 0) + 1,
      column: (e.mark?.column ?? 0) + 1,
      detail: e.reason,
    });
  }
  return new UsageError('load.invalidYaml', { file, line: 1, column: 1, detail: e instanceof Error ? e.message : String(e) });
}

interface Structure {
  /** For each collection event, the index of its closing POP. */
  close: Int32Array;
  /** For each POP, the index of the collection it closes. */
  open: Int32Array;
  /** For each alias, the index of the node it refers to. */
  target: Int32Array;
  /** Aliases in the document. */
  aliases: number;
}

/**
 * Every place an alias (or a merge key) stands gets its own copy of the value, as Spectral's parser gives:
 * rules see each occurrence as a separate node. Bounded by the alias budget checked beforehand.
 */
function unshare(data: unknown): unknown {
  const seen = new Set<object>();
  const copy = (v: unknown): unknown => {
    if (typeof v !== 'object' || v === null) return v;
    if (Array.isArray(v)) return v.map(copy);
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v)) out[k] = copy((v as Record<string, unknown>)[k]);
    return out;
  };
  const visit = (v: unknown): unknown => {
    if (typeof v !== 'object' || v === null) return v;
    if (seen.has(v)) return copy(v);
    seen.add(v);
    const o = v as Record<string, unknown>;
    for (const k of Object.keys(o)) o[k] = visit(o[k]);
    return v;
  };
  return visit(data);
}

const isCollection = (e: Event): boolean => e.type === EVENT_MAPPING || e.type === EVENT_SEQUENCE || e.type === EVENT_DOCUMENT;

/**
 * One pass over the events: matching POPs, alias targets, and the size of the document once its aliases are
 * expanded (each anchor's size counted once), stopped as soon as it passes the budget.
 */
function scanStructure(events: Event[], text: string, file: string): Structure {
  const n = events.length;
  const close = new Int32Array(n);
  const open = new Int32Array(n);
  const target = new Int32Array(n).fill(-1);
  const anchors = new Map<string, number>();
  const sizes = new Map<number, number>();
  const openAnchored = new Set<number>();
  const stack: number[] = [];
  const counts: number[] = [];
  let added = 0;
  let aliases = 0;
  const finish = (i: number, size: number): void => {
    const e = events[i] as Event & { anchorStart?: number };
    if (e.type !== EVENT_ALIAS && e.anchorStart !== undefined && e.anchorStart >= 0) {
      sizes.set(i, size);
      openAnchored.delete(i);
    }
    if (counts.length > 0) counts[counts.length - 1]! += size;
  };
  for (let i = 0; i < n; i++) {
    const e = events[i]!;
    if (e.type === EVENT_POP) {
      const o = stack.pop()!;
      close[o] = i;
      open[i] = o;
      finish(o, counts.pop()!);
      continue;
    }
    const anchored = e as { anchorStart?: number; anchorEnd?: number };
    if (e.type !== EVENT_ALIAS && anchored.anchorStart !== undefined && anchored.anchorStart >= 0) {
      anchors.set(text.slice(anchored.anchorStart, anchored.anchorEnd), i);
      openAnchored.add(i);
    }
    if (isCollection(e)) {
      stack.push(i);
      counts.push(1);
    } else if (e.type === EVENT_ALIAS) {
      const name = text.slice(e.anchorStart, e.anchorEnd);
      const t = anchors.get(name);
      if (t === undefined) continue; // constructFromEvents reports the unknown alias with its position
      target[i] = t;
      aliases++;
      if (openAnchored.has(t)) throw aliasError(text, e.anchorStart - 1, file, 'recursive');
      const size = sizes.get(t) ?? 1;
      added += size;
      if (added > ALIAS_NODE_BUDGET) throw aliasError(text, e.anchorStart - 1, file, 'budget');
      finish(i, size);
    } else {
      finish(i, 1);
    }
  }
  return { close, open, target, aliases };
}

function aliasError(text: string, offset: number, file: string, kind: 'recursive' | 'budget'): UsageError {
  const { start } = new LineMap(text).range(offset, offset);
  return new UsageError(kind === 'budget' ? 'load.yamlAliasBudget' : 'load.yamlAliasRecursive', {
    file,
    line: start.line + 1,
    column: start.character + 1,
    limit: ALIAS_NODE_BUDGET,
  });
}

/**
 * The events kept after construction, one typed column per field: a position lookup reads them long after
 * parsing, and 200,000 event objects would stay in the heap for the whole run (22 MB on a 4 MB
 * specification; the columns take 6 MB). A collection's start is kept in `valueStart`.
 */
class EventTable {
  readonly length: number;
  readonly type: Uint8Array;
  readonly style: Uint8Array;
  readonly chomping: Uint8Array;
  readonly fast: Uint8Array;
  readonly indent: Int32Array;
  readonly valueStart: Int32Array;
  readonly valueEnd: Int32Array;
  readonly anchorStart: Int32Array;
  readonly anchorEnd: Int32Array;
  readonly tagStart: Int32Array;

  constructor(
    events: Event[],
    readonly text: string,
  ) {
    const n = (this.length = events.length);
    this.type = new Uint8Array(n);
    this.style = new Uint8Array(n);
    this.chomping = new Uint8Array(n);
    this.fast = new Uint8Array(n);
    this.indent = new Int32Array(n);
    this.valueStart = new Int32Array(n);
    this.valueEnd = new Int32Array(n);
    this.anchorStart = new Int32Array(n).fill(-1);
    this.anchorEnd = new Int32Array(n).fill(-1);
    this.tagStart = new Int32Array(n).fill(-1);
    for (let i = 0; i < n; i++) {
      const e = events[i]!;
      this.type[i] = e.type;
      switch (e.type) {
        case EVENT_SCALAR:
          this.style[i] = e.style;
          this.chomping[i] = e.chomping;
          this.fast[i] = e.fast ? 1 : 0;
          this.indent[i] = e.indent;
          this.valueStart[i] = e.valueStart;
          this.valueEnd[i] = e.valueEnd;
          this.anchorStart[i] = e.anchorStart;
          this.anchorEnd[i] = e.anchorEnd;
          this.tagStart[i] = e.tagStart;
          break;
        case EVENT_MAPPING:
        case EVENT_SEQUENCE:
          this.valueStart[i] = e.start;
          this.anchorStart[i] = e.anchorStart;
          this.anchorEnd[i] = e.anchorEnd;
          this.tagStart[i] = e.tagStart;
          break;
        case EVENT_ALIAS:
          this.anchorStart[i] = e.anchorStart;
          this.anchorEnd[i] = e.anchorEnd;
          break;
      }
    }
  }

  isCollection(i: number): boolean {
    const t = this.type[i];
    return t === EVENT_MAPPING || t === EVENT_SEQUENCE || t === EVENT_DOCUMENT;
  }

  /** The value of a scalar event, as js-yaml reads it; undefined for any other event. */
  scalarText(i: number): string | undefined {
    if (this.type[i] !== EVENT_SCALAR) return undefined;
    // What getScalarValue does for a scalar written as is (most keys), without building its event.
    if (this.fast[i] === 1 && this.valueStart[i]! >= 0) return this.text.slice(this.valueStart[i], this.valueEnd[i]);
    const scalar: ScalarEvent = {
      type: EVENT_SCALAR,
      valueStart: this.valueStart[i]!,
      valueEnd: this.valueEnd[i]!,
      anchorStart: this.anchorStart[i]!,
      anchorEnd: this.anchorEnd[i]!,
      tagStart: this.tagStart[i]!,
      tagEnd: -1,
      style: this.style[i]! as ScalarEvent['style'],
      chomping: this.chomping[i]! as ScalarEvent['chomping'],
      indent: this.indent[i]!,
      fast: this.fast[i] === 1,
    };
    return getScalarValue(this.text, scalar);
  }

  quoted(i: number): boolean {
    return this.style[i] === SCALAR_STYLE_SINGLE_QUOTED || this.style[i] === SCALAR_STYLE_DOUBLE_QUOTED;
  }

  block(i: number): boolean {
    return this.style[i] === SCALAR_STYLE_LITERAL_BLOCK || this.style[i] === SCALAR_STYLE_FOLDED_BLOCK;
  }

  /** Where a scalar's written text ends. */
  scalarEnd(i: number): number {
    const valueEnd = this.valueEnd[i]!;
    if (this.quoted(i)) return valueEnd + 1;
    if (!this.block(i)) return valueEnd;
    // A block scalar ends with its last written character, before the line breaks it keeps or strips.
    const valueStart = this.valueStart[i]!;
    let end = valueEnd;
    while (end > valueStart && /\s/.test(this.text[end - 1]!)) end--;
    return end;
  }
}

/** Index of the event after the node starting at `i`. */
function after(table: EventTable, close: Int32Array, i: number): number {
  return table.isCollection(i) ? close[i]! + 1 : i + 1;
}

/** Duplicate keys, with the path of the second occurrence (only called when the document has some). */
function findDuplicateKeys(table: EventTable, close: Int32Array): JsonPath[] {
  const out: JsonPath[] = [];
  const walk = (i: number, path: JsonPath): void => {
    const t = table.type[i];
    if (t === EVENT_MAPPING) {
      const seen = new Set<string>();
      for (let j = i + 1; table.type[j] !== EVENT_POP; ) {
        const key = table.scalarText(j);
        const v = after(table, close, j);
        if (key !== undefined && key !== '<<') {
          if (seen.has(key)) out.push([...path, key]);
          else seen.add(key);
          walk(v, [...path, key]);
        }
        j = after(table, close, v);
      }
    } else if (t === EVENT_SEQUENCE) {
      let index = 0;
      for (let j = i + 1; table.type[j] !== EVENT_POP; j = after(table, close, j)) walk(j, [...path, index++]);
    }
  };
  if (table.length > 1) walk(1, []);
  return out;
}

interface Entry {
  key: number;
  value: number;
}

class YamlLocator {
  private readonly lines: LineMap;
  private readonly mappings = new Map<number, Map<string, Entry>>();
  private readonly sequences = new Map<number, number[]>();
  /** Mappings already scanned once (by event index). */
  private readonly scanned: Uint8Array;
  /** The result of the last successful `find`. */
  private foundKey = -1;
  private foundValue = -1;

  constructor(
    private readonly table: EventTable,
    private readonly text: string,
    private readonly structure: Structure,
  ) {
    this.lines = new LineMap(text);
    this.scanned = new Uint8Array(table.length);
  }

  locate(path: JsonPath): Range | undefined {
    const { table } = this;
    if (table.length < 2 || table.type[1] === EVENT_POP) return undefined;
    let node = 1;
    let key = -1;
    for (const segment of path) {
      const t = table.type[node];
      if (t === EVENT_MAPPING) {
        if (typeof segment !== 'string' || !this.find(node, segment)) return undefined;
        key = this.foundKey;
        node = this.foundValue;
      } else if (t === EVENT_SEQUENCE) {
        const items = this.sequenceItems(node);
        const i = Number(segment);
        if (!Number.isInteger(i) || i < 0 || i >= items.length) return undefined;
        node = items[i]!;
        if (this.isEmpty(node)) return undefined;
        key = -1;
      } else {
        return undefined;
      }
    }
    return this.lines.range(this.startOf(node, key), this.endOf(node, key));
  }

  /**
   * Finds `key` in the mapping at `i` (into `foundKey` and `foundValue`). A mapping looked up for the first
   * time is scanned in place, without building anything: most are looked up once. Its table is built on a
   * second lookup, or at once when it has a merge key (`<<`).
   */
  private find(i: number, key: string): boolean {
    const mapping = this.mappings.get(i);
    if (mapping === undefined && this.scanned[i] === 0) {
      this.scanned[i] = 1;
      const { table } = this;
      const close = this.structure.close;
      let found = false;
      let merges = false;
      for (let j = i + 1; table.type[j] !== EVENT_POP; ) {
        const v = after(table, close, j);
        if (this.keyIs(j, '<<')) merges = true;
        else if (this.keyIs(j, key)) {
          // The last occurrence wins, as in the table.
          this.foundKey = j;
          this.foundValue = v;
          found = true;
        }
        j = after(table, close, v);
      }
      if (!merges) return found;
    }
    const entry = (mapping ?? this.mappingTable(i)).get(key);
    if (entry === undefined) return false;
    this.foundKey = entry.key;
    this.foundValue = entry.value;
    return true;
  }

  /** Whether the event at `j` is a scalar key whose text is `text`, read in place when it is written as is. */
  private keyIs(j: number, text: string): boolean {
    const { table } = this;
    if (table.type[j] !== EVENT_SCALAR) return false;
    const start = table.valueStart[j]!;
    if (table.fast[j] === 1 && start >= 0) return table.valueEnd[j]! - start === text.length && this.text.startsWith(text, start);
    return table.scalarText(j) === text;
  }

  /** A mapping's keys as Spectral's parser looks them up: merged (`<<`) keys in place, the last occurrence winning. */
  private mappingTable(i: number): Map<string, Entry> {
    let table = this.mappings.get(i);
    if (table) return table;
    table = new Map();
    const entries: Entry[] = [];
    this.collectEntries(i, entries, true);
    for (const entry of entries) {
      const k = this.table.scalarText(entry.key);
      if (k !== undefined) table.set(k, entry);
    }
    this.mappings.set(i, table);
    return table;
  }

  private collectEntries(i: number, out: Entry[], merge: boolean): void {
    const { table } = this;
    const close = this.structure.close;
    for (let j = i + 1; table.type[j] !== EVENT_POP; ) {
      const v = after(table, close, j);
      if (merge && table.scalarText(j) === '<<') this.mergedEntries(v, out);
      else out.push({ key: j, value: v });
      j = after(table, close, v);
    }
  }

  private mergedEntries(i: number, out: Entry[]): void {
    const t = this.table.type[i];
    if (t === EVENT_MAPPING) {
      this.collectEntries(i, out, false);
    } else if (t === EVENT_SEQUENCE) {
      const items = this.sequenceItems(i);
      for (let k = items.length - 1; k >= 0; k--) this.mergedEntries(items[k]!, out);
    } else if (t === EVENT_ALIAS && this.structure.target[i]! >= 0) {
      this.mergedEntries(this.structure.target[i]!, out);
    }
  }

  private sequenceItems(i: number): number[] {
    let items = this.sequences.get(i);
    if (items) return items;
    items = [];
    for (let j = i + 1; this.table.type[j] !== EVENT_POP; j = after(this.table, this.structure.close, j)) items.push(j);
    this.sequences.set(i, items);
    return items;
  }

  /** A node written as nothing at all (`key:` or `- `). */
  private isEmpty(i: number): boolean {
    const { table } = this;
    return table.type[i] === EVENT_SCALAR && table.valueStart[i]! < 0 && table.anchorStart[i]! < 0 && table.tagStart[i]! < 0;
  }

  private startOf(node: number, key: number): number {
    if (key >= 0) {
      if (this.isEmpty(node)) return this.keyColonEnd(key);
      if (this.table.type[node] !== EVENT_SCALAR) return this.keyEnd(key) + 1;
      return this.nodeStart(node);
    }
    const start = this.nodeStart(node);
    return node === 1 && this.lines.firstLineEnd() === start ? 0 : start;
  }

  private nodeStart(i: number): number {
    const { table } = this;
    switch (table.type[i]) {
      case EVENT_SCALAR:
        if (table.block(i)) return blockHeader(this.text, table.valueStart[i]!);
        return table.quoted(i) ? table.valueStart[i]! - 1 : table.valueStart[i]!;
      case EVENT_ALIAS:
        return table.anchorStart[i]! - 1;
      case EVENT_MAPPING:
      case EVENT_SEQUENCE:
        return table.valueStart[i]!;
      default:
        return 0;
    }
  }

  /** The end of a node: the end of its last scalar (Spectral's parser), found by following last children. */
  private endOf(node: number, key: number): number {
    const { table } = this;
    const { close, open } = this.structure;
    let i = node;
    let k = key;
    for (;;) {
      const t = table.type[i];
      if (t === EVENT_SCALAR) {
        if (k >= 0 && this.isEmpty(i)) return this.keyColonEnd(k);
        return table.scalarEnd(i);
      }
      if (t === EVENT_ALIAS) return table.anchorEnd[i]!;
      const last = close[i]! - 1;
      if (last === i) return this.emptyCollectionEnd(t === EVENT_MAPPING || t === EVENT_SEQUENCE ? table.valueStart[i]! : 0);
      const child = table.type[last] === EVENT_POP ? open[last]! : last;
      if (t === EVENT_MAPPING) {
        k = table.type[child - 1] === EVENT_POP ? open[child - 1]! : child - 1;
      } else {
        k = -1;
        if (this.isEmpty(child)) return this.afterEmptyItem(i, child);
      }
      i = child;
    }
  }

  /** A sequence ending with an empty item (`-`) ends where the next token starts, as in Spectral's parser. */
  private afterEmptyItem(sequence: number, item: number): number {
    const { table, text } = this;
    const previous = item - 1 === sequence ? -1 : table.type[item - 1] === EVENT_POP ? this.structure.open[item - 1]! : item - 1;
    const from = previous < 0 ? this.nodeStart(sequence) : this.endOf(previous, -1);
    let i = text.indexOf('-', from) + 1;
    while (i > 0 && i < text.length) {
      const c = text[i]!;
      if (c === '#') i = text.indexOf('\n', i) < 0 ? text.length : text.indexOf('\n', i);
      else if (/\s/.test(c)) i++;
      else break;
    }
    return i > 0 ? i : from;
  }

  private keyEnd(key: number): number {
    if (this.table.type[key] === EVENT_SCALAR) return this.table.scalarEnd(key);
    return this.endOf(key, -1);
  }

  /** Just after the colon that follows a key. */
  private keyColonEnd(key: number): number {
    const colon = this.text.indexOf(':', this.keyEnd(key));
    return colon < 0 ? this.keyEnd(key) : colon + 1;
  }

  /** Just after the closing bracket of an empty flow collection. */
  private emptyCollectionEnd(start: number): number {
    const open = this.text[start];
    const closing = open === '{' ? '}' : open === '[' ? ']' : undefined;
    if (closing === undefined) return start;
    const end = this.text.indexOf(closing, start + 1);
    return end < 0 ? start : end + 1;
  }
}

/** The `|` or `>` that opens a block scalar whose content starts at `content`. */
function blockHeader(text: string, content: number): number {
  let i = content - 1;
  while (i > 0 && /\s/.test(text[i]!)) i--;
  const lineStart = text.lastIndexOf('\n', i) + 1;
  const line = text.slice(lineStart, i + 1).replace(/\s#.*$/, '');
  const m = /[|>][-+0-9]*\s*$/.exec(line);
  return m ? lineStart + m.index : content;
}
