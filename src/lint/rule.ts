/**
 * What a rule is: metadata (id, convention, level, bouquet, profile, doc link) and a check.
 * Each rule lives in its own file under `rulesets/<category>/`; its texts (title, messages, how to
 * fix) live in the message catalogues under the rule id.
 */
import type { Applicability, Bouquet, JsonPath, Lang, Level, Profile } from '../finding.js';
import type { LoadedCases } from '../load/cases.js';
import type { LoadedSpec, Loc } from '../load/spec.js';
import type { SpecIndex } from './spec-index.js';

export interface RuleMeta {
  /** Stable rule id, kebab-case, prefixed `bouquet-` (e.g. `bouquet-identifier-pattern`). */
  id: string;
  /** Catalogue ID (e.g. `ID-02`). */
  convention: string;
  /** Level of the findings in the standard profile (defaults to the convention's). */
  level?: Level;
  /** Level in the strict profile when it differs (e.g. DATA-05, ERR-04 become MUST). */
  strictLevel?: Level;
  /** Which bouquet the rule applies to (defaults to the convention's). */
  bouquet?: Applicability;
  /** `strict`: the rule only runs in the strict profile. */
  profile?: 'standard' | 'strict';
  /** Document formats the rule runs on (default: OpenAPI 3.x only). */
  formats?: ('oas3' | 'swagger2')[];
  /**
   * JSONPath handed to spectral-core (default `$`: the rule walks the shared index itself).
   * Never recursive descent (`$..`): it walks the whole tree once per rule.
   */
  given?: string;
  /** `cases`: the rule only runs when test cases are given (`--cases`). */
  requires?: 'cases';
}

export interface ReportArgs {
  [name: string]: string | number;
}

export interface RuleContext {
  readonly spec: LoadedSpec;
  readonly index: SpecIndex;
  readonly bouquet: Bouquet;
  readonly profile: Profile;
  readonly lang: Lang;
  /** Test cases given with `--cases` (CASE-01 to CASE-03), if any. */
  readonly cases?: LoadedCases;
  /**
   * Reports one finding at `at` (a place in any document of the bundle) with the message
   * `messages[key]` of this rule's catalogue entry, `{name}` placeholders filled from `args`.
   */
  report(at: Loc, key: string, args?: ReportArgs): void;
}

export interface Rule {
  meta: RuleMeta;
  /** Called once per spectral-core target (`given`), with the target's value and path in the root document. */
  check(ctx: RuleContext, target: unknown, path: JsonPath): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
