/** In-process linting for rule tests: the same pipeline as the CLI, without spawning it. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Bouquet, Finding, Profile } from '../../src/finding.js';
import { lintOne } from '../../src/cli/pipeline.js';
import type { CommonOptions } from '../../src/cli/options.js';
import { DEFAULT_MAX_FILE_SIZE } from '../../src/load/read.js';

export const ROOT = path.resolve(__dirname, '..', '..');

export interface LintFixtureOptions {
  bouquet?: Bouquet;
  profile?: Profile;
  lang?: 'fr' | 'en';
  cases?: string;
}

/** The CLI's options for an in-process run (English messages unless asked). */
export function lintOptions(o: LintFixtureOptions = {}): CommonOptions {
  return {
    lang: o.lang ?? 'en',
    bouquet: o.bouquet ?? 'auto',
    profile: o.profile ?? 'standard',
    failOn: 'error',
    outputs: [{ format: 'json' }],
    quiet: false,
    debug: false,
    allowRemoteRefs: false,
    allowOutsideRefs: false,
    allowPrivateRefs: false,
    maxFileSize: DEFAULT_MAX_FILE_SIZE,
    cases: o.cases,
    config: { ignore: [], rules: [], files: [] },
    cwd: ROOT,
  };
}

/** Lints a file (path relative to the repository root) and returns its findings. */
export async function lintFixture(file: string, o: LintFixtureOptions = {}): Promise<Finding[]> {
  return (await lintOne(file, lintOptions(o))).findings;
}

/** Lints OpenAPI text written to a temporary file (`.yaml` or `.json`). */
export async function lintText(text: string, o: LintFixtureOptions & { ext?: 'yaml' | 'json' } = {}): Promise<Finding[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bouquet-lint-'));
  const file = path.join(dir, `openapi.${o.ext ?? 'yaml'}`);
  writeFileSync(file, text);
  return (await lintOne(file, lintOptions(o))).findings;
}

/** Findings of one convention. */
export function of(findings: Finding[], convention: string): Finding[] {
  return findings.filter((f) => f.convention === convention);
}
