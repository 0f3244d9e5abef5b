/**
 * Excused findings: from the configuration file (`ignore` entries) or from an `x-bouquet-ignore`
 * extension written in the spec on the offending object or one of its parents:
 *
 *   x-bouquet-ignore:
 *     ID-04: "Exemple volontairement fictif, validé avec la DINUM"
 *
 * An excused finding stays in the report with `ignored: true` and its reason; it counts neither
 * for readiness, score, summary nor exit code.
 */
import type { Finding } from '../finding.js';
import type { SpecDocument } from '../load/document.js';
import { isObject } from '../load/spec.js';

export interface IgnoreEntry {
  /** Convention ID (`ID-04`) or rule id (`bouquet-identifier-example`). */
  rule: string;
  /** Only in this file (path as shown in findings, or its end). */
  file?: string;
  /** Only at or under this JSON pointer (`/paths/~1v1~1unites_legales~1{siren}`). */
  pointer?: string;
  reason: string;
  /** The configuration file and line that set it, to name them when its rule is unknown. */
  origin?: { file: string; line: number };
}

/** The JSON pointer of a path (`/paths/~1v1~1unites_legales/get`). */
export function pointerOf(path: (string | number)[]): string {
  return path.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

function matchesRule(entryRule: string, f: Pick<Finding, 'rule' | 'convention'>): boolean {
  return entryRule === f.rule || entryRule.toUpperCase() === f.convention;
}

/**
 * The `x-bouquet-ignore` reason that applies to a finding: one written on the object at the finding's
 * path or on one of its parents in the same document, naming the finding's convention or rule.
 */
export function inlineReason(doc: SpecDocument, f: Pick<Finding, 'rule' | 'convention' | 'path'>): string | undefined {
  // Down the path, the reason of the innermost object that has one wins.
  let cur: unknown = doc.data;
  let reason = ownReason(cur, f);
  for (const seg of f.path) {
    if (Array.isArray(cur)) cur = cur[Number(seg)];
    else if (isObject(cur)) cur = cur[String(seg)];
    else break;
    const own = ownReason(cur, f);
    if (own !== undefined) reason = own;
  }
  return reason;
}

/** The reason an object's own `x-bouquet-ignore` gives for a finding ('' for an entry without one). */
function ownReason(node: unknown, f: Pick<Finding, 'rule' | 'convention'>): string | undefined {
  if (!isObject(node)) return undefined;
  const ext = node['x-bouquet-ignore'];
  if (isObject(ext)) {
    for (const [k, reason] of Object.entries(ext)) if (matchesRule(k, f)) return String(reason);
  } else if (Array.isArray(ext)) {
    for (const e of ext) {
      if (typeof e === 'string' && matchesRule(e, f)) return '';
      if (isObject(e) && typeof e.rule === 'string' && matchesRule(e.rule, f)) return String(e.reason ?? '');
    }
  }
  return undefined;
}

export function applyIgnores(findings: Finding[], docs: SpecDocument[], entries: IgnoreEntry[]): void {
  const byPath = new Map(docs.map((d) => [d.displayPath, d]));
  for (const f of findings) {
    const doc = byPath.get(f.source);
    const inline = doc ? inlineReason(doc, f) : undefined;
    if (inline !== undefined) {
      f.ignored = true;
      f.ignoreReason = inline || 'x-bouquet-ignore';
      continue;
    }
    if (entries.length === 0) continue;
    const ptr = pointerOf(f.path);
    const entry = entries.find(
      (e) =>
        matchesRule(e.rule, f) &&
        (e.file === undefined || f.source === e.file || f.source.endsWith('/' + e.file)) &&
        (e.pointer === undefined || ptr === e.pointer || ptr.startsWith(e.pointer + '/')),
    );
    if (entry) {
      f.ignored = true;
      f.ignoreReason = entry.reason;
    }
  }
}
