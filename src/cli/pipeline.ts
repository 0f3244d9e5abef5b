/**
 * The one data flow: spec file → load → lint (→ probe) → Findings → report model.
 * Used by `lint`, `audit` and `demo`.
 */
import type { Bouquet, Finding, Level, Profile } from '../finding.js';
import { applyBaseline, readBaseline, writeBaseline, type BaselineSummary } from '../lint/baseline.js';
import { detectBouquet, type BouquetDetection } from '../lint/bouquet.js';
import { lintSpec } from '../lint/engine.js';
import { applyIgnores } from '../lint/ignore.js';
import { checkIgnoreRules, conventionLevel, RuleLevels } from '../lint/levels.js';
import type { Rule } from '../lint/rule.js';
import { createSpecIndex, type SpecIndex } from '../lint/spec-index.js';
import { PACKAGE_VERSION } from '../package-root.js';
import { loadCases } from '../load/cases.js';
import type { FileSource } from '../load/files.js';
import { loadSpec, type LoadedSpec } from '../load/spec.js';
import { buildReport, sortFindings, type ChangeRecord, type Compared, type ProbeResult, type ReportModel, type SourceFile } from '../report/model.js';
import { conventionById } from '../../rulesets/conventions.js';
import { RULES } from '../../rulesets/index.js';
import type { CommonOptions } from './options.js';

export const TOOL = { name: 'bouquet-lint', version: PACKAGE_VERSION };

export interface LintedSpec {
  spec: LoadedSpec;
  /** The shared index built for the lint, reused by the probe. */
  index: SpecIndex;
  bouquet: Bouquet;
  /** Where `bouquet` comes from, and why. */
  detection: BouquetDetection;
  findings: Finding[];
  checked: { convention: string; level: Level }[];
}

/** Which bouquet a run checks against: `--bouquet`, the configuration file, or detected from the spec. */
export function detectionFor(spec: LoadedSpec, index: SpecIndex, options: Pick<CommonOptions, 'bouquet' | 'config'>): BouquetDetection {
  return options.bouquet === 'auto'
    ? detectBouquet(spec.root.data, index)
    : { bouquet: options.bouquet, source: options.config.bouquet === options.bouquet ? 'config' : 'option', evidence: [] };
}

/** Loads and lints one spec; `files` is where its files are read from (default: the file system). */
export async function lintOne(file: string, options: CommonOptions, rules: readonly Rule[] = RULES, files?: FileSource): Promise<LintedSpec> {
  const spec = await loadSpec(file, {
    allowRemoteRefs: options.allowRemoteRefs,
    allowOutsideRefs: options.allowOutsideRefs,
    allowPrivateRefs: options.allowPrivateRefs,
    maxFileSize: options.maxFileSize,
    cwd: options.cwd,
    files,
  });
  const index = createSpecIndex(spec);
  const detection = detectionFor(spec, index, options);
  const bouquet = detection.bouquet;
  const cases = options.cases !== undefined ? loadCases(options.cases, options.cwd) : undefined;
  const levels = new RuleLevels(options.config.rules, options.profile);
  // Spectral's ruleset bundler costs most of a second to load: only for runs that take a team ruleset.
  const team = options.ruleset !== undefined ? await import('../lint/team-ruleset.js') : null;
  const teamRules = team ? Object.keys((await team.loadTeamRuleset(options.ruleset!, options.cwd)).rules) : [];
  checkIgnoreRules(options.config.ignore, teamRules);
  const { findings, checked } = await lintSpec(
    spec,
    rules.filter((r) => !levels.isOff(r.meta.id, r.meta.convention)),
    { bouquet, profile: options.profile, lang: options.lang, cases, index, levelOf: (r, level) => levels.level(r.meta.id, r.meta.convention, level) },
  );
  if (team) for (const f of await team.lintWithTeamRuleset(spec, options.ruleset!, options.cwd)) findings.push(f);
  return { spec, index, bouquet, detection, findings, checked };
}

export function sourcesOf(specs: LoadedSpec[]): SourceFile[] {
  return specs.flatMap((s) => s.documents.filter((d) => !/^https?:/.test(d.uri)).map((d) => ({ path: d.displayPath, text: d.text })));
}

/** One report for several linted files (and the probe, when it ran). */
export function reportFor(
  linted: LintedSpec[],
  options: CommonOptions,
  probe: ProbeResult | null = null,
  comparison: { findings: Finding[]; changes: ChangeRecord[]; compared: Compared } | null = null,
): ReportModel {
  const levels = new RuleLevels(options.config.rules, options.profile);
  // The comparison's SRV-03 findings come from outside the lint engine: levels set here, as for the probe.
  const findings = [...linted.flatMap((l) => l.findings), ...levels.apply(comparison?.findings ?? [])];
  applyIgnores(
    findings,
    linted.flatMap((l) => l.spec.documents),
    options.config.ignore,
  );
  if (probe) {
    probe = { ...probe, findings: levels.apply(probe.findings), checked: probe.checked.filter((c) => !levels.isConventionOff(c)) };
    applyIgnores(probe.findings, [], options.config.ignore);
  }
  const checked = [
    ...linted.flatMap((l) => l.checked),
    ...(probe?.checked ?? []).map((c) => ({ convention: c, level: levels.conventionLevel(c, conventionLevel(c, options.profile)) })),
  ];
  const documents = new Map(linted.flatMap((l) => l.spec.documents.map((d) => [d.displayPath, d.data] as const)));
  const baseline = baselineFor([...findings, ...(probe?.findings ?? [])], options, documents);
  return buildReport({
    tool: TOOL,
    bouquet: linted[0]?.bouquet ?? 'entreprise',
    detection: linted[0]?.detection ?? null,
    profile: options.profile,
    lang: options.lang,
    findings,
    checked,
    probe,
    sources: sourcesOf(linted.map((l) => l.spec)),
    levels: options.config.rules,
    baseline,
    ...(comparison ? { changes: comparison.changes, compared: comparison.compared } : {}),
  });
}

/** `--baseline-write` records the findings (and the run then counts them as known); `--baseline` marks the known ones. */
function baselineFor(findings: Finding[], options: CommonOptions, documents: ReadonlyMap<string, unknown>): BaselineSummary | null {
  sortFindings(findings);
  if (options.baselineWrite !== undefined) {
    const written = writeBaseline(options.baselineWrite, options.cwd, findings, documents);
    return applyBaseline(findings, written, { cwd: options.cwd, file: options.baselineWrite, documents });
  }
  if (options.baseline !== undefined) {
    return applyBaseline(findings, readBaseline(options.baseline, options.cwd), { cwd: options.cwd, file: options.baseline, documents });
  }
  return null;
}
