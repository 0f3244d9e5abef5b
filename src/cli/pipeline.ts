/**
 * The one data flow: spec file → load → lint (→ probe) → Findings → report model.
 * Used by `lint`, `audit` and `demo`.
 */
import type { Bouquet, Finding, Level, Profile } from '../finding.js';
import { detectBouquet } from '../lint/bouquet.js';
import { lintSpec } from '../lint/engine.js';
import { applyIgnores } from '../lint/ignore.js';
import type { Rule } from '../lint/rule.js';
import { createSpecIndex, type SpecIndex } from '../lint/spec-index.js';
import { PACKAGE_VERSION } from '../package-root.js';
import { loadCases } from '../load/cases.js';
import type { FileSource } from '../load/files.js';
import { loadSpec, type LoadedSpec } from '../load/spec.js';
import { buildReport, type ProbeResult, type ReportModel, type SourceFile } from '../report/model.js';
import { conventionById } from '../../rulesets/conventions.js';
import { RULES } from '../../rulesets/index.js';
import type { CommonOptions } from './options.js';

export const TOOL = { name: 'bouquet-lint', version: PACKAGE_VERSION };

export interface LintedSpec {
  spec: LoadedSpec;
  /** The shared index built for the lint, reused by the probe. */
  index: SpecIndex;
  bouquet: Bouquet;
  findings: Finding[];
  checked: { convention: string; level: Level }[];
}

/** Loads and lints one spec; `files` is where its files are read from (default: the file system). */
export async function lintOne(file: string, options: CommonOptions, rules: readonly Rule[] = RULES, files?: FileSource): Promise<LintedSpec> {
  const spec = await loadSpec(file, {
    allowRemoteRefs: options.allowRemoteRefs,
    allowOutsideRefs: options.allowOutsideRefs,
    cwd: options.cwd,
    files,
  });
  const index = createSpecIndex(spec);
  const bouquet = options.bouquet === 'auto' ? detectBouquet(spec.root.data, index) : options.bouquet;
  const cases = options.cases !== undefined ? loadCases(options.cases, options.cwd) : undefined;
  const { findings, checked } = await lintSpec(spec, rules, { bouquet, profile: options.profile, lang: options.lang, cases, index });
  return { spec, index, bouquet, findings, checked };
}

export function sourcesOf(specs: LoadedSpec[]): SourceFile[] {
  return specs.flatMap((s) => s.documents.filter((d) => !/^https?:/.test(d.uri)).map((d) => ({ path: d.displayPath, text: d.text })));
}

/** One report for several linted files (and the probe, when it ran). */
export function reportFor(linted: LintedSpec[], options: CommonOptions, probe: ProbeResult | null = null): ReportModel {
  const findings = linted.flatMap((l) => l.findings);
  applyIgnores(
    findings,
    linted.flatMap((l) => l.spec.documents),
    options.config.ignore,
  );
  if (probe) applyIgnores(probe.findings, [], options.config.ignore);
  const checked = [
    ...linted.flatMap((l) => l.checked),
    ...(probe?.checked ?? []).map((c) => ({ convention: c, level: conventionLevel(c, options.profile) })),
  ];
  return buildReport({
    tool: TOOL,
    bouquet: linted[0]?.bouquet ?? 'entreprise',
    profile: options.profile,
    lang: options.lang,
    findings,
    checked,
    probe,
    sources: sourcesOf(linted.map((l) => l.spec)),
  });
}

/** A convention's level in a profile (strict raises some). */
function conventionLevel(id: string, profile: Profile): Level {
  const c = conventionById(id);
  if (!c) return 'SHOULD';
  return profile === 'strict' ? (c.strictLevel ?? c.level) : c.level;
}
