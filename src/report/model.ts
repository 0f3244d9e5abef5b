/**
 * The report model: everything a formatter needs, built once from the Findings of a run.
 * Formatters never compute verdicts themselves; they read this.
 */
import {
  CATEGORIES,
  categoryOf,
  type Bouquet,
  type Finding,
  type JsonPath,
  type Lang,
  type Level,
  type Profile,
  type Range,
  type Severity,
} from '../finding.js';
import type { BouquetDetection } from '../lint/bouquet.js';
import type { BaselineSummary } from '../lint/baseline.js';
import type { LevelSetting } from '../lint/levels.js';

export interface ProbeStats {
  baseUrl: string;
  calls: number;
  statuses: Record<string, number>;
  latencyMs: { p50: number; p95: number; max: number };
}

/** One HTTP call made by the probe, for the audit report's call table. */
export interface ProbeCall {
  /** What the call checks: nominal, unknown-id, malformed-id, no-credential, wrong-credential, method, case, cors, tls... */
  kind: string;
  /** `GET /v1/unites_legales/{siren}`, or the test case file name. */
  operation: string;
  method: string;
  url: string;
  status: number | null;
  latencyMs: number | null;
  /** Reproducible curl command, credential masked. */
  curl: string;
  /** Transport error, when there was no response. */
  error?: string;
}

export interface ProbeResult {
  stats: ProbeStats;
  calls: ProbeCall[];
  findings: Finding[];
  /** Conventions the probe actually checked (for the score and the JUnit test cases). */
  checked: string[];
}

export interface CategoryScore {
  category: string;
  /** Conventions of this category that were checked. */
  checked: number;
  /** Of those, how many have at least one (non-ignored) finding. */
  failed: number;
  score: number;
}

export interface ConventionStatus {
  convention: string;
  level: Level;
  /** Non-ignored violations of this convention (information notices on a MUST or SHOULD convention excluded). */
  findings: number;
}

export interface SourceFile {
  /** As it appears in `Finding.source`. */
  path: string;
  /** The text, for code excerpts in reports. */
  text: string;
}

/** Where a changed value is written, in one version of the spec (`diff`). */
export interface ChangeSite {
  source: string;
  path: JsonPath;
  range: Range;
}

/** One difference between two versions of a spec (`diff`, `audit --previous`), message rendered. */
export interface ChangeRecord {
  kind: string;
  class: 'breaking' | 'non-breaking' | 'info';
  message: string;
  old: ChangeSite | null;
  /** For a removal: the nearest surviving parent. */
  new: ChangeSite;
  operations: string[];
}

export interface ReportModel {
  tool: { name: string; version: string };
  bouquet: Bouquet;
  /** How the bouquet was chosen (null when no spec was linted). */
  detection: BouquetDetection | null;
  profile: Profile;
  lang: Lang;
  ready: boolean;
  score: number;
  summary: Record<Severity, number>;
  findings: Finding[];
  probe: ProbeStats | null;
  /** Every convention checked in this run, with its level and how many findings it has. */
  conventions: ConventionStatus[];
  categories: CategoryScore[];
  calls: ProbeCall[];
  sources: SourceFile[];
  /** Rule levels set by the configuration; `off` ones were not checked (DINUM sees what was left out). */
  levels: LevelSetting[];
  /** The baseline given with `--baseline`, when there is one. */
  baseline: BaselineSummary | null;
  generatedAt: string;
  /** Present when two versions were compared (`diff`, `audit --previous`). */
  changes?: ChangeRecord[];
  /** The two versions compared; `only` when the report is the comparison alone (`diff`). */
  compared?: Compared;
}

export interface Compared {
  old: string;
  new: string;
  only: boolean;
}

const LEVEL_WEIGHT: Record<Level, number> = { MUST: 3, SHOULD: 2, MAY: 1 };

export interface BuildReportInput {
  tool: { name: string; version: string };
  bouquet: Bouquet;
  detection?: BouquetDetection | null;
  profile: Profile;
  lang: Lang;
  findings: Finding[];
  /** Conventions checked, with the level they have in this run (profile applied). */
  checked: { convention: string; level: Level }[];
  probe?: ProbeResult | null;
  sources: SourceFile[];
  levels?: LevelSetting[];
  baseline?: BaselineSummary | null;
  now?: Date;
  changes?: ChangeRecord[];
  compared?: Compared;
}

/**
 * Readiness and score.
 * - `ready`: no non-ignored finding whose level is MUST (findings kept in a baseline still count:
 *   the API still breaks the convention; they only stop failing the run).
 * - `summary`: non-ignored findings that are not in the baseline.
 * - `score`: each checked convention weighs 3 (MUST), 2 (SHOULD) or 1 (MAY); a convention with at
 *   least one non-ignored violation (a finding at SHOULD level or above, or at its own level for a MAY
 *   convention; information notices do not count) earns nothing; the score is the earned share of the total weight,
 *   0 to 100, rounded. Category scores are computed the same way within the category.
 */
export function buildReport(input: BuildReportInput): ReportModel {
  const findings = [...input.findings, ...(input.probe?.findings ?? [])];
  sortFindings(findings);
  const active = findings.filter((f) => !f.ignored);

  const summary: Record<Severity, number> = { error: 0, warn: 0, info: 0, hint: 0 };
  for (const f of active) if (!f.baselined) summary[f.severity]++;

  const levels = new Map<string, Level>();
  for (const c of input.checked) levels.set(c.convention, c.level);
  for (const f of findings) if (!levels.has(f.convention)) levels.set(f.convention, f.level);

  // A convention fails on a finding at its own level or at SHOULD and above: an information notice
  // attached to a MUST convention (e.g. "this call was skipped") is not a violation.
  const counts = new Map<string, number>();
  for (const f of active) {
    const convLevel = levels.get(f.convention) ?? f.level;
    if (LEVEL_WEIGHT[f.level] >= Math.min(LEVEL_WEIGHT.SHOULD, LEVEL_WEIGHT[convLevel])) counts.set(f.convention, (counts.get(f.convention) ?? 0) + 1);
  }

  const conventions: ConventionStatus[] = [...levels.entries()]
    .map(([convention, level]) => ({ convention, level, findings: counts.get(convention) ?? 0 }))
    .sort((a, b) => compareConventions(a.convention, b.convention));

  const categories: CategoryScore[] = [];
  let earned = 0;
  let total = 0;
  for (const category of CATEGORIES) {
    const inCat = conventions.filter((c) => categoryOf(c.convention) === category);
    if (inCat.length === 0) continue;
    let catEarned = 0;
    let catTotal = 0;
    for (const c of inCat) {
      const w = LEVEL_WEIGHT[c.level];
      catTotal += w;
      if (c.findings === 0) catEarned += w;
    }
    earned += catEarned;
    total += catTotal;
    categories.push({
      category,
      checked: inCat.length,
      failed: inCat.filter((c) => c.findings > 0).length,
      score: Math.round((100 * catEarned) / catTotal),
    });
  }

  return {
    tool: input.tool,
    bouquet: input.bouquet,
    detection: input.detection ?? null,
    profile: input.profile,
    lang: input.lang,
    ready: !active.some((f) => f.level === 'MUST'),
    score: total === 0 ? 100 : Math.round((100 * earned) / total),
    summary,
    findings,
    probe: input.probe?.stats ?? null,
    conventions,
    categories,
    calls: input.probe?.calls ?? [],
    sources: input.sources,
    levels: input.levels ?? [],
    baseline: input.baseline ?? null,
    generatedAt: (input.now ?? new Date()).toISOString(),
    ...(input.changes ? { changes: input.changes } : {}),
    ...(input.compared ? { compared: input.compared } : {}),
  };
}

/** One collator for every comparison: `localeCompare` with options builds a new one per call. */
const NUMERIC_ORDER = new Intl.Collator('en', { numeric: true });

/** `DOC-02` < `DOC-10` < `SRV-01`, categories in catalogue order. */
export function compareConventions(a: string, b: string): number {
  const ca = CATEGORIES.indexOf(categoryOf(a) as (typeof CATEGORIES)[number]);
  const cb = CATEGORIES.indexOf(categoryOf(b) as (typeof CATEGORIES)[number]);
  if (ca !== cb) return ca - cb;
  return NUMERIC_ORDER.compare(a, b);
}

/** Stable order: source, line, character, convention, rule (equal texts are not handed to the collator). */
export function sortFindings(findings: Finding[]): void {
  findings.sort(
    (a, b) =>
      (a.scope === b.scope ? 0 : a.scope === 'static' ? -1 : 1) ||
      (a.source === b.source ? 0 : a.source.localeCompare(b.source)) ||
      a.range.start.line - b.range.start.line ||
      a.range.start.character - b.range.start.character ||
      compareConventions(a.convention, b.convention) ||
      (a.rule === b.rule ? 0 : a.rule.localeCompare(b.rule)),
  );
}
