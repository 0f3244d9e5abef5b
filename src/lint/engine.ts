/**
 * The lint stage: runs the selected rules through spectral-core on the root document, without
 * expanding `$ref`s (rules follow them lazily through the shared index), and turns every result
 * into a Finding.
 */
import spectralCore from '@stoplight/spectral-core';
import {
  LEVEL_SEVERITY,
  type Bouquet,
  type Finding,
  type JsonPath,
  type Lang,
  type Level,
  type Profile,
  type Range,
} from '../finding.js';
import type { LoadedCases } from '../load/cases.js';
import type { LoadedSpec, Loc } from '../load/spec.js';
import { conventionById } from '../../rulesets/conventions.js';
import { ruleMessage } from '../../rulesets/messages/index.js';
import type { ReportArgs, Rule, RuleContext } from './rule.js';
import { createSpecIndex, type SpecIndex } from './spec-index.js';

const { Document, Spectral, createRulesetFunction } = spectralCore;

export interface LintOptions {
  bouquet: Bouquet;
  profile: Profile;
  lang: Lang;
  cases?: LoadedCases;
  /** The shared index, when the caller already built it (bouquet detection). */
  index?: SpecIndex;
  /** The level set by the configuration, given the rule's level in this profile. */
  levelOf?: (rule: Rule, level: Level) => Level;
}

export interface LintResult {
  findings: Finding[];
  /** Conventions checked by the rules that ran, with their level in this profile. */
  checked: { convention: string; level: Level }[];
}

/** The level a rule's findings have in a profile. */
export function ruleLevel(rule: Rule, profile: Profile): Level {
  const conv = conventionById(rule.meta.convention);
  const base = rule.meta.level ?? conv?.level ?? 'SHOULD';
  if (profile === 'strict') return rule.meta.strictLevel ?? conv?.strictLevel ?? base;
  return base;
}

/** Whether a rule runs for this bouquet, profile and document format. */
export function ruleApplies(rule: Rule, bouquet: Bouquet, profile: Profile, format: 'oas3' | 'swagger2' | 'other'): boolean {
  const conv = conventionById(rule.meta.convention);
  const applies = rule.meta.bouquet ?? conv?.bouquet ?? 'both';
  if (applies !== 'both' && applies !== bouquet) return false;
  if (rule.meta.profile === 'strict' && profile !== 'strict') return false;
  const formats = rule.meta.formats ?? ['oas3'];
  return format === 'other' ? formats.includes('oas3') && formats.includes('swagger2') : formats.includes(format);
}

// spectral-core's resolver interface: we hand back the document as written (no `$ref` expansion).
export const noExpansionResolver = {
  uriCache: new Map(),
  resolve: async (data: unknown) => ({ result: data, graph: null, errors: [], refMap: {} }),
};

/**
 * Marks the ruleset built here: the command line's bundle (scripts/build-cli.ts) does not have
 * spectral-core re-validate it at every start. The tests run the unbundled engine, which validates it.
 */
export const TRUSTED_RULESET = Symbol.for('bouquet-lint.trusted-ruleset');

const SPECTRAL_SEVERITY: Record<Level, number> = { MUST: 0, SHOULD: 1, MAY: 2 };

interface Pending {
  rule: Rule;
  level: Level;
  at: Loc;
  key: string;
  args: ReportArgs;
}

/** The document format rules are selected by. */
export function specFormat(spec: LoadedSpec): 'oas3' | 'swagger2' | 'other' {
  return spec.version.kind === 'openapi' ? 'oas3' : spec.version.kind === 'swagger' ? 'swagger2' : 'other';
}

export async function lintSpec(spec: LoadedSpec, rules: readonly Rule[], options: LintOptions): Promise<LintResult> {
  const format = specFormat(spec);
  const selected = rules.filter(
    (r) => ruleApplies(r, options.bouquet, options.profile, format) && (r.meta.requires !== 'cases' || options.cases !== undefined),
  );
  const index = options.index ?? createSpecIndex(spec);
  const levelOf = (rule: Rule): Level => {
    const level = ruleLevel(rule, options.profile);
    return options.levelOf ? options.levelOf(rule, level) : level;
  };
  const pending: Pending[] = [];
  const offRoot: Pending[] = [];

  const spectralRules: Record<string, unknown> = {};
  for (const rule of selected) {
    const level = levelOf(rule);
    const fn = createRulesetFunction<unknown, null>({ input: null, options: null }, (target, _opts, context) => {
      const ctx: RuleContext = {
        spec,
        index,
        bouquet: options.bouquet,
        profile: options.profile,
        lang: options.lang,
        cases: options.cases,
        report(at: Loc, key: string, args: ReportArgs = {}) {
          (at.doc === spec.root ? pending : offRoot).push({ rule, level, at, key, args });
        },
      };
      rule.check(ctx, target, context.path as JsonPath);
      // Findings are collected here, not handed back as results: spectral-core would print a pointer,
      // template a message and look up a range for each one, which the report does not use.
      return undefined;
    });
    Object.defineProperty(fn, 'name', { value: rule.meta.id });
    spectralRules[rule.meta.id] = {
      given: rule.meta.given ?? '$',
      resolved: false,
      severity: SPECTRAL_SEVERITY[level],
      then: { function: fn },
    };
  }

  const findings: Finding[] = [];
  if (selected.length > 0) {
    const spectral = new Spectral({ resolver: noExpansionResolver as never });
    spectral.setRuleset({ rules: spectralRules, [TRUSTED_RULESET]: true } as never);
    // Parser diagnostics are all spectral-core returns: duplicate keys are reported by DOC-02 itself.
    await spectral.run(spec.root.spectral, { ignoreUnknownFormat: true });
    const located = pending.map((p) => {
      const path = closestWrittenPath(spec.root.data, p.at.path);
      return { p, path, range: (spec.root.spectral.getRangeForJsonPath(path, true) ?? Document.DEFAULT_RANGE) as Range };
    });
    located.sort(compareAsSpectral);
    for (const { p, range } of located) findings.push(toFinding(p, options.lang, range));
    for (const p of offRoot) findings.push(toFinding(p, options.lang, p.at.doc.rangeOf(p.at.path)));
  }

  const checked = new Map<string, Level>();
  for (const rule of selected) {
    const level = levelOf(rule);
    const prev = checked.get(rule.meta.convention);
    if (!prev || SPECTRAL_SEVERITY[level] < SPECTRAL_SEVERITY[prev]) checked.set(rule.meta.convention, level);
  }
  return { findings: dedupe(findings), checked: [...checked.entries()].map(([convention, level]) => ({ convention, level })) };
}

/**
 * Where spectral-core places a result on the root document (runner/lintNode.js, for rules run on the
 * document as written): the longest prefix of the path that exists, its segments decoded as JSON
 * pointer fragments (`~1`, `~0`) and numbers written as strings.
 */
function closestWrittenPath(data: unknown, path: JsonPath): string[] {
  const out: string[] = [];
  let piece = data;
  for (const raw of path) {
    const segment = typeof raw !== 'string' ? String(raw) : raw.includes('~') ? raw.replaceAll('~1', '/').replaceAll('~0', '~') : raw;
    if (typeof piece !== 'object' || piece === null || !(segment in piece)) break;
    out.push(segment);
    piece = (piece as Record<string, unknown>)[segment];
  }
  return out;
}

// Built on first use: most runs never compare two results at the same position.
let ruleOrder: Intl.Collator | undefined;
let pathOrder: Intl.Collator | undefined;

/** spectral-core's order of results on one document (runner/utils/results.js): position, rule, path. */
function compareAsSpectral(a: { p: Pending; path: string[]; range: Range }, b: { p: Pending; path: string[]; range: Range }): number {
  return (
    Math.sign(a.range.start.line - b.range.start.line) ||
    Math.sign(a.range.start.character - b.range.start.character) ||
    Math.sign((ruleOrder ??= new Intl.Collator(undefined, { numeric: true })).compare(a.p.rule.meta.id, b.p.rule.meta.id)) ||
    Math.sign((pathOrder ??= new Intl.Collator()).compare(a.path.join(), b.path.join()))
  );
}

function toFinding(p: Pending, lang: Lang, range: Range): Finding {
  return {
    rule: p.rule.meta.id,
    convention: p.rule.meta.convention,
    level: p.level,
    severity: LEVEL_SEVERITY[p.level],
    scope: 'static',
    message: ruleMessage(lang, p.rule.meta.id, p.key, p.args),
    messageKey: p.key,
    source: p.at.doc.displayPath,
    path: p.at.doc.writtenPath?.(p.at.path) ?? p.at.path,
    range,
  };
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const k = `${f.rule}\u0000${f.source}\u0000${f.path.join('\u0001')}\u0000${f.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
