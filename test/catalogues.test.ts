import { describe, expect, it } from 'vitest';
import { en } from '../src/i18n/en.js';
import { fr } from '../src/i18n/fr.js';
import { CONVENTIONS } from '../rulesets/conventions.js';
import { RULES } from '../rulesets/index.js';
import { CATALOGUES } from '../rulesets/messages/index.js';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it('every rule has French and English texts with the same message keys and placeholders', () => {
    for (const rule of RULES) {
      const f = CATALOGUES.fr.rules[rule.meta.id];
      const e = CATALOGUES.en.rules[rule.meta.id];
      expect(f, `fr texts of ${rule.meta.id}`).toBeDefined();
      expect(e, `en texts of ${rule.meta.id}`).toBeDefined();
      expect(Object.keys(e!.messages).sort(), rule.meta.id).toEqual(Object.keys(f!.messages).sort());
      for (const k of Object.keys(f!.messages)) {
        expect(placeholders(e!.messages[k]!), `${rule.meta.id}.${k}`).toEqual(placeholders(f!.messages[k]!));
      }
      expect(f!.fix.length, `fix of ${rule.meta.id}`).toBeGreaterThan(20);
      expect(e!.fix.length, `fix of ${rule.meta.id}`).toBeGreaterThan(20);
    }
  });

  it('the French and English catalogues have the same rules', () => {
    expect(Object.keys(CATALOGUES.en.rules).sort()).toEqual(Object.keys(CATALOGUES.fr.rules).sort());
  });

  it('every convention has a title and a why in both languages', () => {
    for (const c of CONVENTIONS) {
      for (const lang of ['fr', 'en'] as const) {
        const t = CATALOGUES[lang].conventions[c.id];
        expect(t?.title, `${lang} ${c.id}`).toBeTruthy();
        expect(t?.why, `${lang} ${c.id}`).toBeTruthy();
      }
    }
  });

  it('tool messages have the same placeholders in both languages', () => {
    for (const k of Object.keys(fr) as (keyof typeof fr)[]) expect(placeholders(en[k]), k).toEqual(placeholders(fr[k]));
  });

  it('rule ids are unique and every rule names a catalogue convention', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    const known = new Set(CONVENTIONS.map((c) => c.id));
    for (const r of RULES) expect(known.has(r.meta.convention), r.meta.id).toBe(true);
  });
});
