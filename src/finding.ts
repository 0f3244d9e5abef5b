/**
 * The one result type of the whole tool: lint rules and live probes produce Findings,
 * the report model and every formatter consume them (CONTRACT.md, "JSON output").
 */

export type Level = 'MUST' | 'SHOULD' | 'MAY';
export type Severity = 'error' | 'warn' | 'info' | 'hint';
export type Scope = 'static' | 'live';
export type Bouquet = 'entreprise' | 'particulier';
export type BouquetOption = Bouquet | 'auto';
export type Applicability = 'both' | Bouquet;
export type Profile = 'standard' | 'strict';
export type Lang = 'fr' | 'en';
export type JsonPath = (string | number)[];

/** 0-based, as in Spectral and LSP. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** Evidence attached to a live finding: how to reproduce it and what came back. */
export interface LiveEvidence {
  method: string;
  url: string;
  /** HTTP status, or null when no response came back (timeout, reset, TLS error...). */
  status: number | null;
  latencyMs: number | null;
  /** A reproducible curl command; the credential is always masked (`Bearer ***`). */
  curl: string;
  /** The first bytes of the response body, or the transport error. */
  excerpt?: string;
}

export interface Finding {
  /** Rule id, e.g. `bouquet-identifier-pattern`. */
  rule: string;
  /** Catalogue ID from CONVENTIONS.md, e.g. `ID-02`. */
  convention: string;
  level: Level;
  severity: Severity;
  scope: Scope;
  /** Already rendered in the report language. */
  message: string;
  /** File the finding points into, relative to the working directory when possible. */
  source: string;
  /** Where the offending value is written in `source`. */
  path: JsonPath;
  range: Range;
  ignored?: boolean;
  ignoreReason?: string;
  /** Already recorded in the baseline given with `--baseline`: listed apart, does not fail the run. */
  baselined?: boolean;
  /** The catalogue key of the message, the same in every language (baseline fingerprints). */
  messageKey?: string;
  /** Live findings only. */
  live?: LiveEvidence;
}

export const LEVEL_SEVERITY: Record<Level, Severity> = {
  MUST: 'error',
  SHOULD: 'warn',
  MAY: 'info',
};

export const SEVERITY_ORDER: Record<Severity, number> = {
  error: 3,
  warn: 2,
  info: 1,
  hint: 0,
};

export const ZERO_RANGE: Range = {
  start: { line: 0, character: 0 },
  end: { line: 0, character: 0 },
};

/** The convention category: `ID-04` → `ID`. */
export function categoryOf(convention: string): string {
  const dash = convention.indexOf('-');
  return dash < 0 ? convention : convention.slice(0, dash);
}

export const CATEGORIES = ['DOC', 'SRV', 'AUTH', 'ID', 'ERR', 'DATA', 'QOS', 'TRACE', 'CASE', 'LIVE'] as const;
export type Category = (typeof CATEGORIES)[number];
