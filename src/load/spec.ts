/**
 * Loading a specification: the root file and every file it references, parsed once each.
 * `$ref`s are not expanded: rules read the document as written and follow a reference only where
 * they need its target (`LoadedSpec.deref`, memoised), so every finding points at the place where
 * the offending value is written.
 */
import path from 'node:path';
import type { JsonPath } from '../finding.js';
import { parseDocument, type SpecDocument } from './document.js';
import { UsageError } from './errors.js';
import type { FileSource } from './files.js';
import { nodeFiles } from './node-files.js';
import { DEFAULT_MAX_FILE_SIZE } from './read.js';
import { createRemoteFetcher, type RemoteLimits } from './remote.js';
import { convertSwagger2, isSwagger2, type Swagger2Origin } from './swagger2.js';

export type SpecVersion =
  | { kind: 'openapi'; major: 3; minor: 0 | 1; raw: string }
  | { kind: 'swagger'; raw: string }
  | { kind: 'unknown-openapi'; raw: string };

/** A place in one document of the bundle. */
export interface Loc {
  doc: SpecDocument;
  path: JsonPath;
}

export interface Node<T = unknown> {
  loc: Loc;
  value: T;
}

export type RefProblemKind = 'missing-file' | 'missing-target' | 'remote-refused' | 'outside-refused' | 'unreadable' | 'circular';

/** A `$ref` that could not be followed: DOC-02 reports each one at the `$ref` itself. */
export interface RefProblem {
  loc: Loc;
  ref: string;
  kind: RefProblemKind;
  detail?: string;
}

export interface LoadOptions {
  /** Fetch `http(s)://` references (off by default). */
  allowRemoteRefs?: boolean;
  /** Read referenced files outside the spec's folder (off by default). */
  allowOutsideRefs?: boolean;
  /** Fetch remote references from private, loopback and link-local addresses (off by default). */
  allowPrivateRefs?: boolean;
  /** Largest local file read, in bytes (`--max-file-size`, default {@link DEFAULT_MAX_FILE_SIZE}). */
  maxFileSize?: number;
  /** Budget of remote fetches for this load (defaults in remote.ts). */
  remoteLimits?: Partial<RemoteLimits>;
  /** Base for display paths (default: process.cwd()). */
  cwd?: string;
  /** The root file's text when the caller already holds it (an editor's unsaved buffer, via Spectral). */
  rootText?: string;
  /**
   * Reads a local file instead of the file system (e.g. `git show` for `diff git:<ref>:<path>`):
   * returns the text, or null when the file does not exist there.
   */
  readFile?: (absPath: string) => string | null;
  /** Path shown for the root document (default: relative to `cwd`). */
  rootDisplay?: string;
  /** Where files are read from (default: the file system). */
  files?: FileSource;
}

/** One `$ref` as written: `loc` is the location of the `$ref` key itself. */
export interface SpecRef {
  loc: Loc;
  ref: string;
}

export interface LoadedSpec {
  /** The document the rules read: for Swagger 2.0, its OpenAPI 3 conversion (positions of the original). */
  root: SpecDocument;
  /** Every file of the bundle as written (for Swagger 2.0, the original rather than its conversion). */
  documents: SpecDocument[];
  version: SpecVersion;
  /** Set when the file is Swagger 2.0: the original and why it is not valid Swagger 2.0. */
  swagger2?: Swagger2Origin;
  /** Every `$ref` of every document, collected once at load time. */
  refs: SpecRef[];
  refProblems: RefProblem[];
  /** Follows `$ref` chains from a value; returns the value itself when it is not a reference, null when unresolvable. */
  deref<T = unknown>(node: Node<T>): Node<T> | null;
  /** Resolves one reference string written at `from`. */
  resolveRef(ref: string, from: SpecDocument): Node | null;
}

export function isRef(value: unknown): value is { $ref: string } {
  return typeof value === 'object' && value !== null && typeof (value as { $ref?: unknown }).$ref === 'string';
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The path shown to users: relative to the working directory when inside it, else absolute. */
export function displayPathOf(uri: string, cwd: string): string {
  if (/^https?:\/\//.test(uri)) return uri;
  const rel = path.relative(cwd, uri);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : uri;
}

/** Decodes a JSON pointer fragment (`/components/schemas/a~1b`) into path segments. */
export function parsePointer(fragment: string): JsonPath | null {
  if (fragment === '' || fragment === '/') return fragment === '' ? [] : [''];
  if (!fragment.startsWith('/')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(fragment);
  } catch {
    decoded = fragment;
  }
  return decoded
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function getAt(data: unknown, p: JsonPath): { found: boolean; value: unknown } {
  let cur: unknown = data;
  for (const seg of p) {
    if (Array.isArray(cur)) {
      const i = typeof seg === 'number' ? seg : /^\d+$/.test(seg) ? Number(seg) : NaN;
      if (!(i >= 0 && i < cur.length)) return { found: false, value: undefined };
      cur = cur[i];
    } else if (isObject(cur) && Object.prototype.hasOwnProperty.call(cur, seg)) {
      cur = cur[seg as string];
    } else {
      return { found: false, value: undefined };
    }
  }
  return { found: true, value: cur };
}

function detectVersion(data: unknown): SpecVersion | null {
  if (!isObject(data)) return null;
  if (data.openapi !== undefined) {
    const raw = String(data.openapi);
    const m = /^3\.([01])\.\d+$/.exec(raw);
    if (m) return { kind: 'openapi', major: 3, minor: Number(m[1]) as 0 | 1, raw };
    return { kind: 'unknown-openapi', raw };
  }
  if (data.swagger !== undefined) return { kind: 'swagger', raw: String(data.swagger) };
  return null;
}

/**
 * Deepest nesting of objects and arrays accepted in a document. Real specs stay under 40 levels;
 * far deeper ones exhaust the stack of the rules engine, so they are refused with a clear message.
 */
export const MAX_DEPTH = 500;

/** Every `$ref` string in a document, with its location (one walk per document); refuses a document nested deeper than {@link MAX_DEPTH}. */
function collectRefs(doc: SpecDocument): { path: JsonPath; ref: string }[] {
  const out: { path: JsonPath; ref: string }[] = [];
  // One path, pushed and popped along the walk: copied only for the objects that hold a `$ref`.
  // Recursion is bounded by MAX_DEPTH. Keys are walked last first, as the walk has always reported them.
  const path: JsonPath = [];
  const visit = (value: object, depth: number): void => {
    if (depth > MAX_DEPTH) {
      throw new UsageError('load.tooDeep', { file: doc.displayPath, max: MAX_DEPTH, line: doc.rangeOf(path).start.line + 1 });
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const v: unknown = value[i];
        if (typeof v !== 'object' || v === null) continue;
        path.push(i);
        visit(v, depth + 1);
        path.pop();
      }
      return;
    }
    const obj = value as Record<string, unknown>;
    if (typeof obj.$ref === 'string') out.push({ path: [...path, '$ref'], ref: obj.$ref });
    const keys = Object.keys(obj);
    for (let j = keys.length - 1; j >= 0; j--) {
      const v = obj[keys[j]!];
      if (typeof v !== 'object' || v === null) continue;
      path.push(keys[j]!);
      visit(v, depth + 1);
      path.pop();
    }
  };
  if (typeof doc.data === 'object' && doc.data !== null) visit(doc.data, 1);
  return out;
}

export async function loadSpec(file: string, options: LoadOptions = {}): Promise<LoadedSpec> {
  const cwd = options.cwd ?? process.cwd();
  const files = options.files ?? nodeFiles;
  const absRoot = path.resolve(cwd, file);
  const rootDisplay = options.rootDisplay ?? displayPathOf(absRoot, cwd);
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const rootText = options.rootText ?? (options.readFile ? options.readFile(absRoot) : files.read(absRoot, file, maxFileSize));
  if (rootText === null) throw new UsageError('load.notFound', { file: rootDisplay });
  const parsed = parseDocument(absRoot, rootDisplay, rootText);
  let version = detectVersion(parsed.data);
  if (version === null) throw new UsageError('load.notOpenApi', { file: rootDisplay });
  let root = parsed;
  let swagger2: Swagger2Origin | undefined;
  if (isSwagger2(parsed.data)) {
    const { converted, origin } = await convertSwagger2(parsed);
    swagger2 = origin;
    if (converted !== null) {
      root = converted;
      version = detectVersion(converted.data) ?? version;
    }
  }

  const baseDir = files.realpath(path.dirname(absRoot)) ?? path.dirname(absRoot);

  const docs = new Map<string, SpecDocument>([[absRoot, root]]);
  const failed = new Map<string, { kind: RefProblemKind; detail?: string }>();
  const refProblems: RefProblem[] = [];

  const targetUri = (ref: string, from: SpecDocument): string | null => {
    const hash = ref.indexOf('#');
    const filePart = hash < 0 ? ref : ref.slice(0, hash);
    if (filePart === '') return from.uri;
    if (/^https?:\/\//i.test(filePart)) return filePart;
    if (/^https?:\/\//i.test(from.uri)) return new URL(filePart, from.uri).href;
    if (/^[a-z][a-z0-9+.-]*:/i.test(filePart) && !/^[a-z]:[\\/]/i.test(filePart)) return filePart;
    return path.resolve(path.dirname(from.uri), decodeURI(filePart));
  };

  // Load every referenced document, breadth first; each document's references are collected once.
  const refs: SpecRef[] = [];
  const queue: SpecDocument[] = [root];
  const remote = options.allowRemoteRefs ? createRemoteFetcher({ allowPrivate: options.allowPrivateRefs === true, ...options.remoteLimits }) : null;
  try {
    while (queue.length > 0) {
      const doc = queue.shift()!;
      for (const { path: refPath, ref } of collectRefs(doc)) {
        refs.push({ loc: { doc, path: refPath }, ref });
        const uri = targetUri(ref, doc);
        if (uri === null || docs.has(uri) || failed.has(uri)) continue;
        const problem = await loadOne(uri);
        if (problem) failed.set(uri, problem);
        else queue.push(docs.get(uri)!);
      }
    }
  } finally {
    await remote?.close();
  }

  async function loadOne(uri: string): Promise<{ kind: RefProblemKind; detail?: string } | null> {
    const display = displayPathOf(uri, cwd);
    let text: string;
    if (/^https?:\/\//i.test(uri)) {
      if (remote === null) return { kind: 'remote-refused' };
      try {
        text = await remote.fetchText(uri);
      } catch (e) {
        return { kind: 'unreadable', detail: (e as Error).message };
      }
    } else if (/^[a-z][a-z0-9+.-]*:/i.test(uri) && !path.isAbsolute(uri)) {
      return { kind: 'unreadable', detail: 'unsupported scheme' };
    } else if (options.readFile) {
      const rel = path.relative(baseDir, uri);
      if (!options.allowOutsideRefs && (rel.startsWith('..') || path.isAbsolute(rel))) return { kind: 'outside-refused' };
      const read = options.readFile(uri);
      if (read === null) return { kind: 'missing-file' };
      text = read;
    } else {
      const real = files.realpath(uri);
      if (real === null) return { kind: 'missing-file' };
      const rel = path.relative(baseDir, real);
      if (!options.allowOutsideRefs && (rel.startsWith('..') || path.isAbsolute(rel))) return { kind: 'outside-refused' };
      try {
        text = files.read(real, display, maxFileSize);
      } catch (e) {
        if (!(e instanceof UsageError)) throw e;
        return { kind: 'unreadable', detail: e.key === 'load.isDirectory' ? 'directory' : e.key === 'load.notRegular' ? 'not a regular file' : e.key === 'load.tooLarge' ? `larger than ${e.args.max}` : String(e.args.detail ?? e.key) };
      }
    }
    try {
      docs.set(uri, parseDocument(uri, display, text));
      return null;
    } catch (e) {
      if (e instanceof UsageError) {
        const a = e.args;
        return { kind: 'unreadable', detail: a.line !== undefined ? `${a.detail} (${a.line}:${a.column})` : String(a.detail ?? e.key) };
      }
      throw e;
    }
  }

  const memo = new Map<string, Node | null>();

  const resolveOnce = (ref: string, from: SpecDocument): { node: Node } | { problem: RefProblemKind; detail?: string } => {
    const uri = targetUri(ref, from);
    if (uri === null) return { problem: 'unreadable' };
    const f = failed.get(uri);
    if (f) return { problem: f.kind, detail: f.detail };
    const doc = docs.get(uri);
    if (!doc) return { problem: 'missing-file' };
    const hash = ref.indexOf('#');
    const pointer = parsePointer(hash < 0 ? '' : ref.slice(hash + 1));
    if (pointer === null) return { problem: 'missing-target' };
    const got = getAt(doc.data, pointer);
    if (!got.found) return { problem: 'missing-target' };
    return { node: { loc: { doc, path: pointer }, value: got.value } };
  };

  const resolveRef = (ref: string, from: SpecDocument): Node | null => {
    const key = `${from.uri}\u0000${ref}`;
    const cached = memo.get(key);
    if (cached !== undefined) return cached;
    const r = resolveOnce(ref, from);
    const node = 'node' in r ? r.node : null;
    memo.set(key, node);
    return node;
  };

  // A chain of references that comes back to itself never reaches a value. Each place on a chain
  // gets its verdict once, so a ring of n references costs n steps, not n².
  const cycleVerdict = new Map<string, boolean>();
  const endsInCycle = (start: Node): boolean => {
    const walked: string[] = [];
    const onWalk = new Set<string>();
    let verdict = false;
    for (let cur: Node = start; isRef(cur.value); ) {
      const key = `${cur.loc.doc.uri}#${cur.loc.path.join('/')}`;
      const known = cycleVerdict.get(key);
      if (known !== undefined) {
        verdict = known;
        break;
      }
      if (onWalk.has(key)) {
        verdict = true;
        break;
      }
      onWalk.add(key);
      walked.push(key);
      const next = resolveOnce(cur.value.$ref, cur.loc.doc);
      if ('problem' in next) break;
      cur = next.node;
    }
    for (const key of walked) cycleVerdict.set(key, verdict);
    return verdict;
  };

  // Every reference is checked once, up front, so that DOC-02 can report each broken one where it is written.
  {
    for (const { loc, ref } of refs) {
      const { doc, path: refPath } = loc;
      const r = resolveOnce(ref, doc);
      if ('problem' in r) {
        refProblems.push({ loc: { doc, path: refPath }, ref, kind: r.problem, detail: r.detail });
        continue;
      }
      if (endsInCycle(r.node)) refProblems.push({ loc: { doc, path: refPath }, ref, kind: 'circular' });
    }
  }

  const deref = <T>(node: Node<T>): Node<T> | null => {
    let cur: Node = node;
    for (let hops = 0; isRef(cur.value); hops++) {
      if (hops > 64) return null;
      const next = resolveRef(cur.value.$ref, cur.loc.doc);
      if (next === null) return null;
      cur = next;
    }
    return cur as Node<T>;
  };

  return {
    root,
    documents: [...docs.values()].map((d) => (d === root ? parsed : d)),
    version,
    swagger2,
    refs,
    refProblems,
    deref,
    resolveRef,
  };
}
