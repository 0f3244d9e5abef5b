/**
 * Which operation a sandbox test case belongs to. A case names its call parameters only; the
 * operation is the GET operation whose parameters fit them, and among several, the one whose path
 * shares the most words with the case's folder (`api_entreprise_v3_insee_unites_legales`).
 */
import path from 'node:path';
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
  // The case's own folder, also when --cases names that folder itself (`tc.folder` is then empty).
  const folder = words(path.basename(path.dirname(tc.doc.uri)));
  let best = candidates[0]!;
  let bestScore = -1;
  for (const op of candidates) {
    // Shared words count; among equals, the path with the fewest other words wins.
    const pathWords = [...words(op.pathKey)];
    const shared = pathWords.filter((w) => folder.has(w)).length;
    const score = shared - (pathWords.length - shared) / 100;
    if (score > bestScore) {
      best = op;
      bestScore = score;
    }
  }
  return best;
}
