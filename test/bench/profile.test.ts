/** The lint profile: a real `--cpu-prof` run of the CLI, aggregated per function, package and module. */
import { describe, expect, it } from 'vitest';
import { aggregate, NO_CALLER, packageOf } from '../../bench/cpuprofile.js';
import { EXAMPLE_SPEC, ROOT } from '../../bench/paths.js';
import { profileLint, summariseProfile } from '../../bench/profile.js';

describe('lint profile', () => {
  const { profile, wallS } = profileLint(EXAMPLE_SPEC);
  const a = aggregate(profile, ROOT);

  it('accounts for the whole sampled time, per package and per function', () => {
    const sum = (rows: { ms: number }[]) => rows.reduce((s, r) => s + r.ms, 0);
    expect(a.totalMs).toBeGreaterThan(0);
    expect(a.totalMs / 1000).toBeLessThanOrEqual(wallS);
    expect(sum(a.packages)).toBeCloseTo(a.totalMs, 3);
    expect(sum(a.functions)).toBeCloseTo(a.totalMs, 3);
    expect(sum(a.callers)).toBeCloseTo(a.totalMs, 3);
  });

  it('sees the lint stage in the bouquet-lint modules, inclusive of what it calls', () => {
    const engine = a.modules.find((m) => m.key === 'dist/src/lint/engine.js');
    expect(engine).toBeDefined();
    expect(engine!.ms).toBeGreaterThan(0);
    // Rules are called from the engine's spectral-core function: their time is part of the engine's.
    const rules = a.modules.filter((m) => m.key.startsWith('dist/rulesets/'));
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules.filter((m) => /\/(doc|srv|auth|id|err|data|qos|trace|examples)\//.test(m.key))) {
      expect(rule.ms).toBeLessThanOrEqual(engine!.ms);
    }
    // Module loading happens before any of our frames is on the stack.
    expect(a.callers.find((c) => c.key === NO_CALLER)!.ms).toBeGreaterThan(0);
  });

  it('names owners by npm package, Node core, V8 or project folder', () => {
    expect(packageOf(`file://${ROOT}/node_modules/@stoplight/spectral-core/dist/spectral.js`, 'run', ROOT)).toBe('@stoplight/spectral-core');
    expect(packageOf(`file://${ROOT}/node_modules/ajv/dist/core.js`, 'compile', ROOT)).toBe('ajv');
    expect(packageOf(`file://${ROOT}/dist/src/load/document.js`, 'parseDocument', ROOT)).toBe('bouquet-lint src/load');
    expect(packageOf('node:internal/modules/esm/loader', 'load', ROOT)).toBe('node core');
    expect(packageOf('', '(garbage collector)', ROOT)).toBe('(garbage collector)');
    expect(a.packages.map((p) => p.key)).toContain('@stoplight/spectral-core');
  });

  it('renders Markdown tables', () => {
    const md = summariseProfile('openapi.yaml', profile);
    expect(md).toMatch(/^## openapi\.yaml: \d+\.\d+ s sampled/);
    expect(md).toContain('| `dist/src/lint/engine.js` |');
  });
});
