/**
 * Test-case folders and the operations they exercise. A folder is one endpoint: it matches the
 * operation whose `operationId` or `x-operationId` (on the operation or one of its responses, as
 * in the bouquets' specifications) is the folder's name; otherwise the operation whose parameters
 * cover the params of most of the folder's cases (the tightest one on a tie).
 */
import path from 'node:path';
import type { LoadedCases, TestCase } from '../../src/load/cases.js';
import type { MediaInfo, OperationInfo, SpecIndex } from '../../src/lint/spec-index.js';
import { isObject } from '../../src/load/spec.js';
import { isJsonMediaType } from '../err/responses.js';

export interface CaseFolder {
  name: string;
  cases: TestCase[];
  op: OperationInfo | null;
}

const bare = (name: string) => name.replace(/\[\]$/, '');

function inputNames(op: OperationInfo): Set<string> {
  const names = new Set(op.parameters.map((p) => bare(p.name)));
  for (const m of op.requestBody?.content ?? []) {
    if (m.schema && isObject(m.schema.value.properties)) for (const n of Object.keys(m.schema.value.properties)) names.add(n);
  }
  return names;
}

function ids(op: OperationInfo): string[] {
  const out = [op.node.value.operationId, op.node.value['x-operationId'], ...op.responses.map((r) => r.node.value['x-operationId'])];
  return out.filter((x): x is string => typeof x === 'string');
}

export function covers(op: OperationInfo, tc: TestCase): boolean {
  if (!tc.params) return false;
  const names = inputNames(op);
  return Object.keys(tc.params).every((k) => names.has(bare(k)));
}

const cache = new WeakMap<LoadedCases, CaseFolder[]>();

export function caseFolders(index: SpecIndex, loaded: LoadedCases): CaseFolder[] {
  const cached = cache.get(loaded);
  if (cached) return cached;
  const byFolder = new Map<string, TestCase[]>();
  for (const tc of loaded.cases) byFolder.set(tc.folder, [...(byFolder.get(tc.folder) ?? []), tc]);
  const ops = index.operations();
  const folders = [...byFolder.entries()].map(([folder, cases]) => {
    const name = path.basename(folder === '' ? path.resolve(loaded.dir) : folder);
    let op = ops.find((o) => ids(o).includes(name)) ?? null;
    if (!op) {
      let best = 0;
      for (const o of ops) {
        const score = cases.filter((tc) => covers(o, tc)).length;
        if (score > best || (score === best && score > 0 && op && o.parameters.length < op.parameters.length)) {
          best = score;
          op = o;
        }
      }
    }
    return { name, cases, op };
  });
  cache.set(loaded, folders);
  return folders;
}

/** The JSON media type documented for a status (exact, then `4XX`, then `default`). */
export function documentedMedia(op: OperationInfo, status: number): MediaInfo | null | undefined {
  const s = String(status);
  const res = op.responses.find((r) => r.status === s) ?? op.responses.find((r) => r.status.toUpperCase() === `${s[0]}XX`) ?? op.responses.find((r) => r.status === 'default');
  if (!res) return undefined;
  return res.content.find((m) => m.schema !== null && isJsonMediaType(m.mediaType)) ?? null;
}
