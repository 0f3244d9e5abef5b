/**
 * Rule levels set in the configuration (`rules: { ID-04: off, QOS-05: error, bouquet-error-body: warn }`).
 * A rule id wins over its convention ID. `off` removes the rule from the run; `error`, `warn`, `info`
 * give its findings the level MUST, SHOULD or MAY, so a raised rule counts like a MUST for the verdict,
 * the score and the exit code. A convention-wide setting leaves alone the information notices of that
 * convention (rules whose own level is below the convention's): it changes the violations only.
 */
import type { RuleLevelEntry, RuleSetting } from '../cli/config.js';
import type { IgnoreEntry } from './ignore.js';
import { LEVEL_SEVERITY, type Finding, type Level, type Profile } from '../finding.js';
import { UsageError } from '../load/errors.js';
import { CONVENTIONS, conventionById } from '../../rulesets/conventions.js';
import { RULES } from '../../rulesets/index.js';
import { LIVE_RULES } from '../probe/checks/catalogue.js';
import { DIFF_RULE } from '../diff/findings.js';

export type LevelSetting = RuleLevelEntry;

const SETTING_LEVEL: Record<Exclude<RuleSetting, 'off'>, Level> = { error: 'MUST', warn: 'SHOULD', info: 'MAY' };
const LEVEL_RANK: Record<Level, number> = { MUST: 3, SHOULD: 2, MAY: 1 };

/** The id as the catalogue writes it (conventions in upper case) when it names a convention or a rule; null otherwise. */
export function isKnownRuleId(id: string): string | null {
  const conv = conventionById(id.toUpperCase());
  if (conv) return conv.id;
  if (RULES.some((r) => r.meta.id === id) || LIVE_RULES.some((r) => r.id === id) || id === DIFF_RULE) return id;
  return null;
}

/**
 * Throws (exit 2, file and line) on an `ignore` entry of the configuration whose rule names no
 * convention, no rule, and no rule of the team ruleset (`teamRules`): a misspelt ID would leave the
 * finding counted with no word on why the exception did not apply.
 */
export function checkIgnoreRules(entries: readonly IgnoreEntry[], teamRules: readonly string[] = []): void {
  for (const e of entries) {
    if (e.origin === undefined || isKnownRuleId(e.rule) !== null || teamRules.includes(e.rule)) continue;
    throw new UsageError('config.unknownId', { file: e.origin.file, line: e.origin.line, id: e.rule });
  }
}

/** A convention's level in a profile (strict raises some), before any configuration. */
export function conventionLevel(id: string, profile: Profile): Level {
  const c = CONVENTIONS.find((x) => x.id === id);
  if (!c) return 'SHOULD';
  return profile === 'strict' ? (c.strictLevel ?? c.level) : c.level;
}

export class RuleLevels {
  private readonly byId: Map<string, LevelSetting>;

  /** Throws (exit 2, file and line) on an id that names no convention and no rule. */
  constructor(
    settings: readonly LevelSetting[],
    private readonly profile: Profile,
  ) {
    this.byId = new Map(
      settings.map((s) => {
        const id = isKnownRuleId(s.id);
        if (!id) throw new UsageError('config.unknownId', { file: s.file, line: s.line, id: s.id });
        return [id, s];
      }),
    );
  }

  private settingFor(rule: string, convention: string): { setting: RuleSetting; wide: boolean } | undefined {
    const own = this.byId.get(rule);
    if (own) return { setting: own.setting, wide: false };
    const conv = this.byId.get(convention);
    return conv ? { setting: conv.setting, wide: true } : undefined;
  }

  isOff(rule: string, convention: string): boolean {
    return this.settingFor(rule, convention)?.setting === 'off';
  }

  /** Whether the whole convention is switched off (it is then not checked at all). */
  isConventionOff(convention: string): boolean {
    return this.byId.get(convention)?.setting === 'off';
  }

  /** The level of a rule's findings, `base` being their level without configuration. */
  level(rule: string, convention: string, base: Level): Level {
    const s = this.settingFor(rule, convention);
    if (!s || s.setting === 'off') return base;
    if (s.wide && LEVEL_RANK[base] < LEVEL_RANK[conventionLevel(convention, this.profile)]) return base;
    return SETTING_LEVEL[s.setting];
  }

  /** The level a checked convention weighs with (score), `base` being its level without configuration. */
  conventionLevel(convention: string, base: Level): Level {
    const s = this.byId.get(convention);
    return s && s.setting !== 'off' ? SETTING_LEVEL[s.setting] : base;
  }

  /** Findings produced outside the lint engine (the probe): switched-off rules dropped, levels set. */
  apply(findings: Finding[]): Finding[] {
    return findings
      .filter((f) => !this.isOff(f.rule, f.convention))
      .map((f) => {
        const level = this.level(f.rule, f.convention, f.level);
        return level === f.level ? f : { ...f, level, severity: LEVEL_SEVERITY[level] };
      });
  }
}
