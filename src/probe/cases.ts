/**
 * Which operation a sandbox test case belongs to. A case names its call parameters only; the
 * operation is the GET operation whose parameters fit them, and among several, the one whose path
 * shares the most words with the case's folder (`api_entreprise_v3_insee_unites_legales`).
 */
import type { OperationInfo } from '../lint/spec-index.js';
import type { TestCase } from '../load/cases.js';
import { isTraceParam } from './values.js';

function words(s: string): Set<string> {
  return new Set(s.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 1));
}

export function operationOfCase(tc: TestCase, ops: OperationInfo[]): OperationInfo | null {
  const given = Object.keys(tc.params ?? {});
  const candidates = ops.filter((op) => {
    if (op.method !== 'get' || op.isHealth) return false;
    const names = new Set(op.parameters.map((p) => p.name));
    const pathParams = op.parameters.filter((p) => p.in === 'path').map((p) => p.name);
    const required = op.parameters.filter((p) => p.node.value.required === true && p.in !== 'header' && !isTraceParam(p)).map((p) => p.name);
    return given.every((k) => names.has(k)) && [...pathParams, ...required].every((k) => given.includes(k));
  });
  if (candidates.length <= 1) return candidates[0] ?? null;
  const folder = words(tc.folder);
  let best = candidates[0]!;
  let bestScore = -1;
  for (const op of candidates) {
    const score = [...words(op.pathKey)].filter((w) => folder.has(w)).length;
    if (score > bestScore) {
      best = op;
      bestScore = score;
    }
  }
  return best;
}
