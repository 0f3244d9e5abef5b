/**
 * Baselines: adopt the tool on a large legacy spec without fixing everything on day one.
 *
 * `--baseline-write <file>` records the current findings; `--baseline <file>` marks the findings
 * already recorded as `baselined` (listed apart, they do not fail the run), so only new ones fail.
 * A fingerprint is made of the rule, the convention, the file (relative to the baseline's folder, so
 * the run may start from another folder), the JSON pointer of the finding and its message key (the
 * same in every language): never a line number, so moving a block or adding an operation elsewhere
 * changes nothing. In the pointer, an item of a list that has an identity is named by it, not by its
 * index (a parameter by `in` and `name`, a `$ref`, a server by `url`, a tag by `name`): adding a
 * parameter or a server before another, or reordering them, changes nothing either. Several findings
 * with the same fingerprint are matched by count. Each entry carries a `reason`; the writer fills "à justifier" and keeps the reasons already
 * written in the file it replaces.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Finding, JsonPath } from '../finding.js';
import { UsageError } from '../load/errors.js';
import { isObject } from '../load/spec.js';
import { pointerOf } from './ignore.js';

export const UNJUSTIFIED = 'à justifier';

export interface BaselineEntry {
  fingerprint: string;
  rule: string;
  convention: string;
  source: string;
  pointer: string;
  message: string;
  reason: string;
}

export interface BaselineFile {
  tool: 'bouquet-lint';
  version: 1;
  findings: BaselineEntry[];
}

/** What a run with a baseline reports (CONTRACT.md: never silently). */
export interface BaselineSummary {
  file: string;
  /** Findings of this run already in the baseline. */
  baselined: number;
  /** Entries of the baseline whose finding is gone (fixed): rewrite the baseline to drop them. */
  fixed: number;
  /** Entries whose reason is still missing or "à justifier". */
  withoutReason: number;
}

/** Where findings' sources are, for fingerprints: relative to the baseline file's folder. */
interface Place {
  cwd: string;
  file: string;
  /** The parsed documents of the run, by the path findings name them with (`source`): list items are named by their identity. */
  documents?: ReadonlyMap<string, unknown>;
}

/** What names a list item whatever its position: a parameter's `in` and `name`, a `$ref`, a server's `url`, a tag's `name`. */
function identityOf(item: unknown): string | undefined {
  if (!isObject(item)) return undefined;
  if (typeof item.$ref === 'string') return `[$ref=${item.$ref}]`;
  if (typeof item.in === 'string' && typeof item.name === 'string') return `[${item.in}=${item.name}]`;
  if (typeof item.url === 'string') return `[url=${item.url}]`;
  if (typeof item.name === 'string') return `[name=${item.name}]`;
  return undefined;
}

/** The finding's path with each list index that has an identity replaced by it (the plain path when the document is not at hand). */
export function stablePath(data: unknown, at: JsonPath): JsonPath {
  let cur = data;
  return at.map((seg) => {
    if (Array.isArray(cur)) {
      const item: unknown = cur[Number(seg)];
      cur = item;
      return identityOf(item) ?? seg;
    }
    cur = isObject(cur) ? cur[String(seg)] : undefined;
    return seg;
  });
}

export function fingerprint(f: Finding, place: Place): string {
  const normalised = (f.messageKey ?? f.message).trim().replace(/\s+/g, ' ').toLowerCase();
  const source = /^https?:/.test(f.source) ? f.source : path.relative(path.dirname(path.resolve(place.cwd, place.file)), path.resolve(place.cwd, f.source)).split(path.sep).join('/');
  const data = place.documents?.get(f.source);
  const at = data === undefined ? f.path : stablePath(data, f.path);
  return createHash('sha256')
    .update([f.rule, f.convention, source, pointerOf(at), normalised].join('\u0000'))
    .digest('hex')
    .slice(0, 20);
}

export function readBaseline(file: string, cwd: string): BaselineFile {
  let text: string;
  try {
    text = readFileSync(path.resolve(cwd, file), 'utf8');
  } catch {
    throw new UsageError('load.notFound', { file });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new UsageError('baseline.invalid', { file, detail: (e as Error).message });
  }
  if (!isObject(data) || !Array.isArray(data.findings)) throw new UsageError('baseline.invalid', { file, detail: '"findings" list missing' });
  const findings = data.findings.map((e, i) => {
    if (!isObject(e) || typeof e.fingerprint !== 'string') throw new UsageError('baseline.invalid', { file, detail: `findings[${i}] has no "fingerprint"` });
    return { ...e, reason: typeof e.reason === 'string' ? e.reason : '' } as BaselineEntry;
  });
  return { tool: 'bouquet-lint', version: 1, findings };
}

/** Marks the findings recorded in the baseline; returns the counts the report shows. */
export function applyBaseline(findings: Finding[], baseline: BaselineFile, place: Place): BaselineSummary {
  const remaining = new Map<string, number>();
  for (const e of baseline.findings) remaining.set(e.fingerprint, (remaining.get(e.fingerprint) ?? 0) + 1);
  let baselined = 0;
  for (const f of findings) {
    if (f.ignored) continue;
    const fp = fingerprint(f, place);
    const left = remaining.get(fp) ?? 0;
    if (left === 0) continue;
    remaining.set(fp, left - 1);
    f.baselined = true;
    baselined++;
  }
  return {
    file: place.file,
    baselined,
    fixed: [...remaining.values()].reduce((a, b) => a + b, 0),
    withoutReason: baseline.findings.filter((e) => e.reason.trim() === '' || e.reason === UNJUSTIFIED).length,
  };
}

/** The baseline of these findings (excused ones left out), keeping the reasons of `previous` entries. */
export function baselineOf(findings: Finding[], previous: BaselineFile | null, place: Place): BaselineFile {
  const reasons = new Map<string, string[]>();
  for (const e of previous?.findings ?? []) reasons.set(e.fingerprint, [...(reasons.get(e.fingerprint) ?? []), e.reason]);
  const entries = findings
    .filter((f) => !f.ignored)
    .map((f) => {
      const fp = fingerprint(f, place);
      const kept = reasons.get(fp)?.shift();
      return {
        fingerprint: fp,
        rule: f.rule,
        convention: f.convention,
        source: f.source,
        pointer: pointerOf(f.path),
        message: f.message,
        reason: kept && kept.trim() !== '' ? kept : UNJUSTIFIED,
      };
    });
  return { tool: 'bouquet-lint', version: 1, findings: entries };
}

export function writeBaseline(file: string, cwd: string, findings: Finding[], documents?: ReadonlyMap<string, unknown>): BaselineFile {
  const target = path.resolve(cwd, file);
  const previous = existsSync(target) ? readBaseline(file, cwd) : null;
  const baseline = baselineOf(findings, previous, { cwd, file, documents });
  try {
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, JSON.stringify(baseline, null, 2) + '\n');
  } catch (e) {
    throw new UsageError('cli.writeFailed', { file, detail: (e as Error).message });
  }
  return baseline;
}
