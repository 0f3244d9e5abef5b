import { describe, expect, it } from 'vitest';
import { RULES } from '../../rulesets/index.js';

// spectral-core walks the whole tree once per rule whose `given` uses recursive descent (`$..`):
// on Stripe that is hundreds of thousands of nodes per rule (PERFORMANCE.md).
describe('rule targets', () => {
  it('has rules to check', () => {
    expect(RULES.length).toBeGreaterThan(0);
  });

  it.each(RULES.map((r) => [r.meta.id, r.meta.given ?? '$'] as const))('%s: given %s has no recursive descent', (_id, given) => {
    expect(given).not.toContain('..');
  });
});
