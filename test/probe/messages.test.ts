/** Every live rule has French and English texts with the same keys and placeholders. */
import { describe, expect, it } from 'vitest';
import { LIVE_RULES } from '../../src/probe/checks/catalogue.js';
import { CHECKS } from '../../src/probe/checks/index.js';
import { PROBE_RULE } from '../../src/probe/texts.js';
import { rules as en } from '../../rulesets/messages/en/probe.js';
import { rules as fr } from '../../rulesets/messages/fr/probe.js';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('probe message catalogues', () => {
  const ids = [PROBE_RULE, ...new Set(LIVE_RULES.map((r) => r.id))];

  it('the catalogue names every check, in the order the probe runs them, with its convention', () => {
    expect(CHECKS.map((c) => `${c.rule} ${c.convention}`)).toEqual(LIVE_RULES.map((r) => `${r.id} ${r.convention}`));
    expect(LIVE_RULES.length).toBe(17);
  });

  it('cover exactly the live rules, in both languages', () => {
    expect(Object.keys(fr).sort()).toEqual([...ids].sort());
    expect(Object.keys(en).sort()).toEqual([...ids].sort());
  });

  it.each(ids)('%s: same message keys and placeholders in fr and en', (id) => {
    const f = fr[id]!.messages;
    const e = en[id]!.messages;
    expect(Object.keys(f).sort()).toEqual(Object.keys(e).sort());
    for (const key of Object.keys(f)) expect(placeholders(f[key]!), `${id}.${key}`).toEqual(placeholders(e[key]!));
  });

  it('French texts quote with « » and never with straight double quotes', () => {
    for (const id of ids) {
      for (const text of [fr[id]!.title, ...Object.values(fr[id]!.messages)]) expect(text, id).not.toMatch(/"[^"]*"/);
    }
  });
});
