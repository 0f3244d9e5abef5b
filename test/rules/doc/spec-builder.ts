/**
 * Realistic OpenAPI inputs for rule tests: the bundled clean example producer spec, parsed afresh on every call so
 * that a test can break exactly one thing in it, then lint it in-process.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import spectralParsers from '@stoplight/spectral-parsers';
import { categoryOf, type Finding } from '../../../src/finding.js';
import { lintOne } from '../../../src/cli/pipeline.js';
import { RULES } from '../../../rulesets/index.js';
import { ROOT, lintOptions, lintText, type LintFixtureOptions } from '../../helpers/lint.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Spec = Record<string, any>;

const EXAMPLE = readFileSync(path.join(ROOT, 'fixtures/example/openapi.yaml'), 'utf8');

/** The clean entreprise example spec (fixtures/example/openapi.yaml) as a fresh object. */
export function exampleSpec(): Spec {
  return spectralParsers.Yaml.parse(EXAMPLE).data as Spec;
}

/** Lints a spec object (written as JSON to a temporary file). */
export function lintSpecObject(spec: Spec, o: LintFixtureOptions = {}): Promise<Finding[]> {
  return lintText(JSON.stringify(spec, null, 2), { bouquet: 'entreprise', ...o, ext: 'json' });
}

/** Findings of one rule. */
export function byRule(findings: Finding[], rule: string): Finding[] {
  return findings.filter((f) => f.rule === rule);
}

/** The findings' paths, joined with `/`, for compact assertions. */
export function paths(findings: Finding[]): string[] {
  return findings.map((f) => f.path.join('/'));
}

const linted = new Map<string, Promise<Finding[]>>();
const OWN_CATEGORIES = new Set(['DOC', 'SRV', 'AUTH', 'QOS', 'TRACE']);
const OWN_RULES = RULES.filter((r) => OWN_CATEGORIES.has(categoryOf(r.meta.convention)));

/**
 * Lints a corpus file with the DOC, SRV, AUTH, QOS and TRACE rules (the same pipeline as the CLI), once per test
 * file and options: the 2 MB bouquet specs are read by several tests.
 */
export function lintCorpus(file: string, o: LintFixtureOptions = {}): Promise<Finding[]> {
  const key = `${file}\u0000${JSON.stringify(o)}`;
  let p = linted.get(key);
  if (!p) {
    linted.set(key, (p = lintOne(file, lintOptions(o), OWN_RULES).then((l) => l.findings)));
  }
  return p;
}
