import { describe, expect, it } from 'vitest';
import {
  IDENTIFIER_KINDS, checkPattern, compilePattern, identifierInfo, isUnsafeRegex,
} from '../../src/identifiers/index.js';
import { mulberry32 } from './prng.js';

describe('compilePattern', () => {
  it('compiles with the u flag when possible', () => {
    const r = compilePattern('^\\d{9}$');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.regex.unicode).toBe(true);
  });
  it('falls back to legacy syntax for patterns invalid in Unicode mode', () => {
    const r = compilePattern('^[\\w-.]+$');
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.regex.unicode).toBe(false);
      expect(r.regex.test('a-b.c')).toBe(true);
    }
  });
  it('keeps search semantics: no implicit anchors', () => {
    const r = compilePattern('\\d{9}');
    expect(r.ok && r.regex.test('1234567890')).toBe(true);
    expect(r.ok && r.regex.test('abc123456789def')).toBe(true);
  });
  it('reports the error of an invalid pattern', () => {
    for (const p of ['[', '(', 'a{2,1}', '*a', '(?<n>a)(?<n>b)']) {
      const r = compilePattern(p);
      expect(r.ok, p).toBe(false);
      if (!r.ok) expect(r.error.length).toBeGreaterThan(0);
    }
  });
  it('rejects non-strings', () => {
    expect(compilePattern(42 as unknown as string).ok).toBe(false);
  });
});

describe('isUnsafeRegex', () => {
  it('flags nested quantifiers and overlapping alternatives', () => {
    for (const p of [
      '(a+)+', '(a*)*', '(a|a)*', '(\\d+)*$', '^(\\d+)+$', '(\\d{1,3})+', '((a+))+', '(?:a+)+b', '(a|aa)+$',
      '(\\d|\\w)+$', '(\\d+\\s?)+$', '(a+ba+)*$', '(,a+a+)*$', '(?:x|y+)*', '(\\w+\\d+)+$', '(.*)*', '(a?)+',
      '^(?<x>[a-z]+)*$', '(\\d+){2}', '(?:(?:a|b)+)+', '(\\1a+)+',
    ]) {
      expect(isUnsafeRegex(p), p).toBe(true);
    }
  });
  it('accepts ordinary and delimited patterns', () => {
    for (const p of [
      '^\\d{9}$', '\\d{9}', '^[0-9]{14}$', '^(?:\\+33|0033|0)[1-9]\\d{8}$', '^(?:\\d{2}){4}$', '^(\\d{1,3}\\.){3}\\d{1,3}$',
      '^(?:(?:\\+|00)33|0)\\s*[1-9](?:[\\s.-]*\\d{2}){4}$', '^([a-z]+\\.)*[a-z]+$', '^(\\.[a-z]+)*$', '^(?:\\s*\\d)+$',
      '^(a|b)*$', '^FR\\d{2}\\d{9}$', '^[A-Z]{2}\\d{2}[A-Z0-9]{11,30}$', 'a+b+c+', '^(?=\\d)\\d+$', '^\\d+(?!x)',
      '^(?:[A-Z]\\d+)+$', '^(?:ab|cd){2,}$', '^\\p{Lu}+$',
      identifierInfo('cog_commune').canonicalPattern, identifierInfo('nir').canonicalPattern,
    ]) {
      expect(isUnsafeRegex(p), p).toBe(false);
    }
  });
  it('returns false for an invalid pattern (a different problem)', () => {
    expect(isUnsafeRegex('[')).toBe(false);
  });
  it('handles escapes, classes and odd syntax without hanging', () => {
    for (const p of [
      '\\u{1F600}+', '[\\]]+', '[]a', '[^]*', '\\x41+', '\\cJ+', '\\0', 'a{', 'a{2', '\\k<n>(?<n>a)', '\\/', '(?:)',
      '(?<=a)b', '(?<!a)b', '\\uD83D\\uDE00+', '\\12', '(?:a{,3})+',
    ]) {
      expect(typeof isUnsafeRegex(p), p).toBe('boolean');
    }
  });
  it('is fast on long patterns and reports very long ones as unsafe', () => {
    const long = `^${'(?:ab|cd)'.repeat(400)}$`;
    expect(isUnsafeRegex(long)).toBe(false);
    expect(isUnsafeRegex(`^${'a'.repeat(6000)}$`)).toBe(true);
    expect(isUnsafeRegex('('.repeat(200) + 'a+' + ')+'.repeat(200))).toBe(true);
  });
});

describe('checkPattern', () => {
  it('accepts the canonical pattern of every kind', () => {
    for (const kind of IDENTIFIER_KINDS) {
      expect(checkPattern(kind, identifierInfo(kind).canonicalPattern), kind).toEqual({ ok: true });
    }
  });

  it('SIREN: the specification cases', () => {
    expect(checkPattern('siren', '^\\d{9}$')).toEqual({ ok: true });
    expect(checkPattern('siren', '^[0-9]{9}$')).toEqual({ ok: true });
    expect(checkPattern('siren', '\\d{9}')).toMatchObject({ ok: false, problem: 'accepts-malformed' });
    expect(checkPattern('siren', '^[0-9]{8,9}$')).toMatchObject({ ok: false, problem: 'accepts-malformed', sample: '13002526' });
    expect(checkPattern('siren', '^[1-9]\\d{8}$')).toEqual({ ok: false, problem: 'rejects-valid', sample: '005572466' });
    expect(checkPattern('siren', '(\\d+)+$')).toEqual({ ok: false, problem: 'unsafe-regex' });
    const invalid = checkPattern('siren', '[');
    expect(invalid).toMatchObject({ ok: false, problem: 'invalid-regex' });
    if (!invalid.ok && invalid.problem === 'invalid-regex') expect(invalid.error).toMatch(/./);
  });
  it('half-anchored patterns accept malformed values', () => {
    expect(checkPattern('siren', '^\\d{9}')).toMatchObject({ ok: false, problem: 'accepts-malformed' });
    expect(checkPattern('siren', '\\d{9}$')).toMatchObject({ ok: false, problem: 'accepts-malformed' });
    expect(checkPattern('siren', '^\\d{9}$|^\\d{14}$')).toMatchObject({ ok: false, problem: 'accepts-malformed' });
    expect(checkPattern('siren', '^\\d{9}|\\d{14}$')).toMatchObject({ ok: false, problem: 'accepts-malformed' });
    expect(checkPattern('siren', '^\\s*\\d{9}\\s*$')).toMatchObject({ ok: false, problem: 'accepts-malformed' });
  });

  it('SIRET', () => {
    expect(checkPattern('siret', '^[0-9]{14}$')).toEqual({ ok: true });
    expect(checkPattern('siret', '^\\d{9}\\d{5}$')).toEqual({ ok: true });
    expect(checkPattern('siret', '^\\d{14}')).toMatchObject({ ok: false, problem: 'accepts-malformed' });
    expect(checkPattern('siret', '^[1-9]\\d{13}$')).toEqual({ ok: false, problem: 'rejects-valid', sample: '00557246600018' });
  });

  it('NAF: one form is enough, a pattern rejecting both is wrong', () => {
    expect(checkPattern('naf', '^\\d{2}\\.\\d{2}[A-Z]$')).toEqual({ ok: true });
    expect(checkPattern('naf', '^\\d{4}[A-Z]$')).toEqual({ ok: true });
    expect(checkPattern('naf', '^\\d{2}\\.?\\d{2}[A-Z]$')).toEqual({ ok: true });
    expect(checkPattern('naf', '^[0-9]{2}\\.[0-9]{2}[A-Za-z]$')).toEqual({ ok: true });
    expect(checkPattern('naf', '^\\d{2}-\\d{2}[A-Z]$')).toEqual({ ok: false, problem: 'rejects-valid', sample: '62.01Z' });
    expect(checkPattern('naf', '^\\d{2}\\.\\d{2}[A-Z]?$')).toMatchObject({ ok: false, problem: 'accepts-malformed', sample: '62.01' });
    expect(checkPattern('naf', '^\\d{2}.\\d{2}[A-Z]$')).toMatchObject({ ok: false, problem: 'accepts-malformed', sample: '62 01Z' });
  });

  it('RNA: the W-form alone is fine, the legacy form alone is not', () => {
    expect(checkPattern('rna', '^W\\d[0-9A-Z]\\d{7}$')).toEqual({ ok: true });
    expect(checkPattern('rna', '^W[0-9A-Z]{9}$')).toEqual({ ok: true });
    expect(checkPattern('rna', '^W\\d{9}$')).toEqual({ ok: false, problem: 'rejects-valid', sample: 'W9R1011072' });
    expect(checkPattern('rna', '^0\\d{3}00\\d{4}$')).toMatchObject({ ok: false, problem: 'rejects-valid' });
    expect(checkPattern('rna', '^W\\d{8,9}$')).toMatchObject({ ok: false });
  });

  it('telephone: one prefix is enough', () => {
    expect(checkPattern('telephone', '^0[1-9]\\d{8}$')).toEqual({ ok: true });
    expect(checkPattern('telephone', '^0\\d{9}$')).toEqual({ ok: true });
    expect(checkPattern('telephone', '^\\+33[1-9]\\d{8}$')).toEqual({ ok: true });
    expect(checkPattern('telephone', '^(?:\\+33|0)[1-9]\\d{8}$')).toEqual({ ok: true });
    expect(checkPattern('telephone', '^0033[1-9]\\d{8}$')).toEqual({ ok: true });
    expect(checkPattern('telephone', '^\\d{10}$')).toMatchObject({ ok: true });
    expect(checkPattern('telephone', '^[0-9 .+-]+$')).toMatchObject({ ok: false, problem: 'accepts-malformed' });
    expect(checkPattern('telephone', '^(?:(?:\\+|00)33|0)\\s*[1-9](?:[\\s.-]*\\d{2}){4}$'))
      .toMatchObject({ ok: false, problem: 'accepts-malformed', sample: '01 23 45 67 89' });
    expect(checkPattern('telephone', '^\\+33\\d{9}$|^0\\d{10}$')).toMatchObject({ ok: false, problem: 'accepts-malformed' });
    expect(checkPattern('telephone', '^1\\d{9}$')).toEqual({ ok: false, problem: 'rejects-valid', sample: '0123456789' });
  });

  it('code postal must reject 4 digits and keep leading zeros', () => {
    expect(checkPattern('code_postal', '^[0-9]{5}$')).toEqual({ ok: true });
    expect(checkPattern('code_postal', '^\\d{4,5}$')).toMatchObject({ ok: false, problem: 'accepts-malformed', sample: '7500' });
    expect(checkPattern('code_postal', '^[1-9]\\d{4}$')).toEqual({ ok: false, problem: 'rejects-valid', sample: '01000' });
  });

  it('COG commune must accept Corsica and overseas departments', () => {
    expect(checkPattern('cog_commune', '^(?:\\d{2}|2[AB])\\d{3}$')).toEqual({ ok: true });
    expect(checkPattern('cog_commune', '^[0-9]{5}$')).toEqual({ ok: false, problem: 'rejects-valid', sample: '2A004' });
    expect(checkPattern('cog_commune', '^[0-9A-Z]{5}$')).toMatchObject({ ok: false, problem: 'accepts-malformed', sample: '2C004' });
  });

  it('NIR must accept 2A/2B', () => {
    expect(checkPattern('nir', '^[12]\\d{4}(?:\\d{2}|2[AB])\\d{8}$')).toEqual({ ok: true });
    expect(checkPattern('nir', '^[12][0-9]{2}[0-1][0-9](2[AB]|[0-9]{2})[0-9]{3}[0-9]{3}[0-9]{2}$')).toEqual({ ok: true });
    expect(checkPattern('nir', '^\\d{15}$')).toEqual({ ok: false, problem: 'rejects-valid', sample: '253072A07300443' });
    expect(checkPattern('nir', '^\\d{13}$')).toMatchObject({ ok: false, problem: 'rejects-valid' });
  });

  it('IDCC keeps leading zeros, UAI has 7 digits + a letter, INE needs both families', () => {
    expect(checkPattern('idcc', '^\\d{4}$')).toEqual({ ok: true });
    expect(checkPattern('idcc', '^\\d{1,4}$')).toMatchObject({ ok: false, problem: 'accepts-malformed', sample: '44' });
    expect(checkPattern('uai', '^[0-9]{7}[a-zA-Z]$')).toEqual({ ok: true });
    expect(checkPattern('uai', '^[0-9]{8}$')).toMatchObject({ ok: false, problem: 'rejects-valid' });
    expect(checkPattern('ine', '^[0-9A-Z]{11}$')).toEqual({ ok: true });
    expect(checkPattern('ine', '^(\\d{10}[A-Z]|\\d{9}[A-Z]{2})$')).toEqual({ ok: true });
    expect(checkPattern('ine', '^\\d{10}[A-Z]$')).toEqual({ ok: false, problem: 'rejects-valid', sample: '123456789AB' });
  });

  it('numéro allocataire: exactly 7 digits is tolerated, 8 digits is not', () => {
    expect(checkPattern('numero_allocataire', '^\\d{7}$')).toEqual({ ok: true });
    expect(checkPattern('numero_allocataire', '^\\d{1,8}$')).toMatchObject({ ok: false, problem: 'accepts-malformed' });
  });

  it('IBAN: the electronic form; a generic IBAN pattern is tolerated', () => {
    expect(checkPattern('iban', '^FR\\d{12}[0-9A-Z]{11}\\d{2}$')).toEqual({ ok: true });
    expect(checkPattern('iban', '^[A-Z]{2}\\d{2}[A-Z0-9]{23}$')).toEqual({ ok: true });
    expect(checkPattern('iban', '^FR\\d{25}$')).toEqual({ ok: false, problem: 'rejects-valid', sample: 'FR1420041010050500013M02606' });
    expect(checkPattern('iban', '^[A-Z]{2}[0-9A-Z ]{25,32}$')).toMatchObject({ ok: false, problem: 'accepts-malformed' });
  });

  it('TVA, EORI, SPI, référence d’avis, COG pays', () => {
    expect(checkPattern('tva', '^FR[0-9A-Z]{2}\\d{9}$')).toEqual({ ok: true });
    expect(checkPattern('tva', '^FR\\d{11}$')).toEqual({ ok: true });
    expect(checkPattern('tva', '^(FR)?\\d{11}$')).toMatchObject({ ok: false, problem: 'accepts-malformed', sample: '07130025265' });
    expect(checkPattern('eori', '^FR\\d{14}$')).toEqual({ ok: true });
    expect(checkPattern('eori', '^FR\\d{9,14}$')).toMatchObject({ ok: false, problem: 'accepts-malformed' });
    expect(checkPattern('spi', '^\\d{13}$')).toEqual({ ok: true });
    expect(checkPattern('reference_avis', '^\\d{13}$')).toMatchObject({ ok: false, problem: 'rejects-valid', sample: '1900A12345678' });
    expect(checkPattern('cog_pays', '^\\d{5}$')).toEqual({ ok: true });
    expect(checkPattern('cog_pays', '^99\\d{3}$')).toEqual({ ok: true });
  });

  it('never executes an unsafe pattern, even when it would be right', () => {
    expect(checkPattern('siren', '^(?:\\d+)+$')).toEqual({ ok: false, problem: 'unsafe-regex' });
    expect(checkPattern('reference_avis', '^([0-9A-Z]+)*$')).toEqual({ ok: false, problem: 'unsafe-regex' });
  });
});

describe('isUnsafeRegex on random patterns', () => {
  it('every pattern judged safe runs quickly on adversarial inputs', () => {
    const rand = mulberry32(2024);
    const atoms = ['a', 'b', '\\d', '[ab]', '.', '\\s', '-', 'x'];
    const quants = ['', '', '*', '+', '?', '{2}', '{1,3}', '{2,}'];
    const pick = <T>(arr: readonly T[]): T => arr[Math.floor(rand() * arr.length)] as T;
    const gen = (depth: number): string => {
      let s = '';
      for (let i = 1 + Math.floor(rand() * 3); i > 0; i--) {
        let atom = pick(atoms);
        if (depth > 0 && rand() < 0.4) atom = `(?:${gen(depth - 1)}${rand() < 0.3 ? `|${gen(depth - 1)}` : ''})`;
        s += atom + pick(quants);
      }
      return s;
    };
    const inputs = ['a', '1', 'ab', ' 1', '-a', 'x', 'a-'].map((u) => `${u.repeat(Math.ceil(32 / u.length))}!`);
    let judgedSafe = 0;
    for (let i = 0; i < 300; i++) {
      const p = `^${gen(2)}$`;
      const compiled = compilePattern(p);
      if (!compiled.ok || isUnsafeRegex(p)) continue;
      judgedSafe++;
      for (const input of inputs) {
        // A pattern judged safe that backtracks catastrophically would hang here on 33 characters.
        compiled.regex.test(input);
      }
    }
    expect(judgedSafe).toBeGreaterThan(100);
  });
});
