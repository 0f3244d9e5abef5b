/**
 * Which examples show errors on purpose: examples of error responses only (4xx/5xx/default),
 * and Example Objects marked as error test cases, by an `x-bouquet-error-case: true` extension or
 * by a name or summary saying so (`siren_invalide`, "SIREN malformé"...).
 */
import { USAGE, type ExampleEntry } from '../../src/lint/spec-index.js';
import { isObject } from '../../src/load/spec.js';

const SUCCESS_SIDE = USAGE.success | USAGE.parameter | USAGE.request;
const ERROR_CASE = /(?:^|[^a-z])(?:in|non[_ -]?)valid|invalide|malform|erron|incorrect|mauvais|wrong|bad[_ -]|(?:^|[^a-z])erreur|(?:^|[^a-z])error/i;

/** The Example Object holding `entry` (`.../examples/<key>/value`), with its key, if any. */
function exampleObject(entry: ExampleEntry): { key: string; object: Record<string, unknown> } | null {
  const p = entry.loc.path;
  if (p.length < 3 || p[p.length - 1] !== 'value' || p[p.length - 3] !== 'examples') return null;
  let cur: unknown = entry.loc.doc.data;
  for (const seg of p.slice(0, -1)) {
    cur = Array.isArray(cur) ? cur[seg as number] : isObject(cur) ? cur[seg as string] : undefined;
    if (cur === undefined) return null;
  }
  return isObject(cur) ? { key: String(p[p.length - 2]), object: cur } : null;
}

export function isErrorExample(entry: ExampleEntry): boolean {
  if ((entry.usage & USAGE.error) !== 0 && (entry.usage & SUCCESS_SIDE) === 0) return true;
  const ex = exampleObject(entry);
  if (!ex) return false;
  if (ex.object['x-bouquet-error-case'] === true) return true;
  const summary = typeof ex.object.summary === 'string' ? ex.object.summary : '';
  return ERROR_CASE.test(ex.key) || ERROR_CASE.test(summary);
}
