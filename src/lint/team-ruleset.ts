/**
 * `--ruleset <file>`: a team's own Spectral ruleset (YAML, JSON or JS, as `spectral lint --ruleset`
 * reads it) run on the root document next to the bouquet rules. Its findings are ordinary Findings:
 * the convention shown is the rule's name, severity error/warn/info/hint gives the level
 * MUST/SHOULD/MAY/MAY. The document is handed as written: `$ref`s are not expanded and nothing remote
 * is fetched (the ruleset itself, and every `extends` in it, must be local files or installed packages).
 */
import fs from 'node:fs';
import path from 'node:path';
import spectralCore from '@stoplight/spectral-core';
import { bundleAndLoadRuleset } from '@stoplight/spectral-ruleset-bundler/with-loader';
import { builtins } from '@stoplight/spectral-ruleset-bundler/plugins/builtins';
import { commonjs } from '@stoplight/spectral-ruleset-bundler/plugins/commonjs';
import type { Finding, Level, Range, Severity } from '../finding.js';
import { UsageError } from '../load/errors.js';
import type { LoadedSpec } from '../load/spec.js';
import { noExpansionResolver } from './engine.js';

const { Spectral } = spectralCore;

type Ruleset = InstanceType<typeof spectralCore.Ruleset>;

const SEVERITIES: { severity: Severity; level: Level }[] = [
  { severity: 'error', level: 'MUST' },
  { severity: 'warn', level: 'SHOULD' },
  { severity: 'info', level: 'MAY' },
  { severity: 'hint', level: 'MAY' },
];

const loaded = new Map<string, Promise<Ruleset>>();

export function loadTeamRuleset(file: string, cwd: string): Promise<Ruleset> {
  const abs = path.resolve(cwd, file);
  let p = loaded.get(abs);
  if (!p) {
    if (!fs.existsSync(abs)) throw new UsageError('load.notFound', { file });
    const refuse = () => Promise.reject(new Error('remote rulesets are not fetched'));
    p = bundleAndLoadRuleset(abs, { fs, fetch: refuse as never }, [builtins(), commonjs()]).catch((e: unknown) => {
      throw new UsageError('ruleset.invalid', { file, detail: firstLine(e) });
    });
    loaded.set(abs, p);
  }
  return p;
}

/** What went wrong, in one line: spectral-core reports an invalid ruleset as an AggregateError of each problem. */
function firstLine(e: unknown): string {
  const first = e instanceof AggregateError && e.errors.length > 0 ? e.errors[0] : e;
  const message = (first instanceof Error ? first.message : String(first)).split('\n')[0]!;
  const at = (first as { path?: unknown }).path;
  return Array.isArray(at) && at.length > 0 ? `${at.join('.')}: ${message}` : message;
}

/** The team ruleset's findings on the root document of a spec. */
export async function lintWithTeamRuleset(spec: LoadedSpec, file: string, cwd: string): Promise<Finding[]> {
  const ruleset = await loadTeamRuleset(file, cwd);
  const spectral = new Spectral({ resolver: noExpansionResolver as never });
  spectral.setRuleset(ruleset);
  const results = await spectral.run(spec.root.spectral, { ignoreUnknownFormat: true });
  return results
    .filter((r) => typeof r.code === 'string' && r.code in ruleset.rules)
    .map((r) => {
      const s = SEVERITIES[r.severity] ?? SEVERITIES[1]!;
      return {
        rule: String(r.code),
        convention: String(r.code),
        level: s.level,
        severity: s.severity,
        scope: 'static' as const,
        message: r.message,
        messageKey: r.message,
        source: spec.root.displayPath,
        path: r.path as (string | number)[],
        range: r.range as Range,
      };
    });
}
