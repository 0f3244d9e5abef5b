/**
 * Aggregates a V8 `.cpuprofile` (from `node --cpu-prof`): self time per function and per package,
 * and total (inclusive) time per bouquet-lint module, which shows the phases and the cost of each rule.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

export interface Row {
  key: string;
  ms: number;
}

export interface Aggregate {
  totalMs: number;
  functions: Row[];
  packages: Row[];
  /** Inclusive time per bouquet-lint source file (a sample counts once per file on its stack). */
  modules: Row[];
  /** Each sample charged to the innermost bouquet-lint file on its stack: a partition of the time. */
  callers: Row[];
}

/** Where no bouquet-lint frame is on the stack: module loading, GC, async continuations of libraries. */
export const NO_CALLER = '(no bouquet-lint frame)';

const OURS = 'bouquet-lint ';

/** Who owns a script: an npm package, Node's core, V8 itself, or a folder of this project. */
export function packageOf(url: string, functionName: string, root: string): string {
  if (url === '') return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node core';
  const file = url.startsWith('file:') ? fileURLToPath(url) : url;
  const nm = file.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const parts = file.slice(nm + '/node_modules/'.length).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  if (file.startsWith(root + path.sep)) {
    const parts = path.relative(root, file).split(path.sep).filter((p) => p !== 'dist');
    return OURS + parts.slice(0, Math.min(2, parts.length - 1)).join('/');
  }
  return '(other)';
}

function shortLocation(url: string, line: number, root: string): string {
  if (url === '') return '';
  const file = url.startsWith('file:') ? fileURLToPath(url) : url;
  const nm = file.lastIndexOf('/node_modules/');
  const shown = nm >= 0 ? file.slice(nm + '/node_modules/'.length) : file.startsWith(root) ? path.relative(root, file) : file;
  return `${shown}:${line + 1}`;
}

function sorted(map: Map<string, number>): Row[] {
  return [...map.entries()].map(([key, ms]) => ({ key, ms })).sort((a, b) => b.ms - a.ms);
}

function add(map: Map<string, number>, key: string, ms: number): void {
  map.set(key, (map.get(key) ?? 0) + ms);
}

export function aggregate(profile: CpuProfile, root: string): Aggregate {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const functions = new Map<string, number>();
  const packages = new Map<string, number>();
  const modules = new Map<string, number>();
  const callers = new Map<string, number>();
  let totalMs = 0;
  // Each sample owns the interval up to the next sample.
  for (let i = 0; i < profile.samples.length; i++) {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    totalMs += ms;
    const node = byId.get(profile.samples[i]!)!;
    const { functionName, url, lineNumber } = node.callFrame;
    const where = shortLocation(url, lineNumber, root);
    add(functions, `${functionName || '(anonymous)'}${where ? ` ${where}` : ''}`, ms);
    add(packages, packageOf(url, functionName, root), ms);
    // Innermost first: the first file added is the innermost bouquet-lint frame.
    const onStack = new Set<string>();
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      const frameUrl = byId.get(id)!.callFrame.url;
      if (packageOf(frameUrl, '', root).startsWith(OURS)) onStack.add(path.relative(root, fileURLToPath(frameUrl)));
    }
    for (const file of onStack) add(modules, file, ms);
    add(callers, onStack.values().next().value ?? NO_CALLER, ms);
  }
  return { totalMs, functions: sorted(functions), packages: sorted(packages), modules: sorted(modules), callers: sorted(callers) };
}
