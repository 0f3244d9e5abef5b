/**
 * `bouquet-lint diff <old> <new>`: compares two versions of a spec (files or `git:<ref>:<path>`);
 * a breaking change under the same major version is an SRV-03 MUST finding. Also used by
 * `audit --previous <old>`.
 */
import type { Finding } from '../../finding.js';
import { applyIgnores } from '../../lint/ignore.js';
import { RuleLevels } from '../../lint/levels.js';
import { createSpecIndex } from '../../lint/spec-index.js';
import type { LoadedSpec } from '../../load/spec.js';
import { diffSpecs } from '../../diff/index.js';
import { changeRecords, diffFindings } from '../../diff/findings.js';
import { loadVersion, rootText } from '../../diff/input.js';
import { buildReport, type ChangeRecord, type Compared } from '../../report/model.js';
import type { CommonOptions } from '../options.js';
import { emit, exitCodeFor } from '../output.js';
import { detectionFor, sourcesOf, TOOL } from '../pipeline.js';

export interface Comparison {
  findings: Finding[];
  changes: ChangeRecord[];
  compared: Compared;
}

/** Compares a previous version (file or `git:` input) with an already loaded new version. */
export async function compareWith(oldInput: string, newSpec: LoadedSpec, options: CommonOptions): Promise<Comparison> {
  // The same text, with no other file referenced: nothing changed, and nothing to parse again.
  const same = rootText(oldInput, options.cwd);
  if (same !== null && same.text === newSpec.root.text && newSpec.documents.length === 1) {
    return { findings: [], changes: [], compared: { old: same.display, new: newSpec.root.displayPath, only: false } };
  }
  const oldSpec = await loadVersion(oldInput, loadOptions(options));
  const result = diffSpecs(oldSpec, newSpec);
  return {
    findings: diffFindings(result, options.lang),
    changes: changeRecords(result, options.lang),
    compared: { old: oldSpec.root.displayPath, new: newSpec.root.displayPath, only: false },
  };
}

const loadOptions = (options: CommonOptions) => ({
  allowRemoteRefs: options.allowRemoteRefs,
  allowOutsideRefs: options.allowOutsideRefs,
  cwd: options.cwd,
});

export async function diffCommand(oldInput: string, newInput: string, options: CommonOptions): Promise<number> {
  // The levels of the configuration apply (an unknown ID: exit 2 with the file and line, as for `lint`).
  const levels = new RuleLevels(options.config.rules, options.profile);
  const newSpec = await loadVersion(newInput, loadOptions(options));
  const comparison = await compareWith(oldInput, newSpec, options);
  const { changes, compared } = comparison;
  const findings = levels.apply(comparison.findings);
  applyIgnores(findings, newSpec.documents, options.config.ignore);
  const detection = detectionFor(newSpec, createSpecIndex(newSpec), options);
  const report = buildReport({
    tool: TOOL,
    bouquet: detection.bouquet,
    detection,
    profile: options.profile,
    lang: options.lang,
    findings,
    checked: levels.isConventionOff('SRV-03') ? [] : [{ convention: 'SRV-03', level: levels.conventionLevel('SRV-03', 'MUST') }],
    sources: sourcesOf([newSpec]),
    levels: options.config.rules,
    changes,
    compared: { ...compared, only: true },
  });
  await emit(report, options);
  return exitCodeFor(report, options.failOn);
}
