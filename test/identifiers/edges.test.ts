/**
 * Identifier helpers at their input edges: values that are not strings, a NIR with a trailing
 * character whose first 15 characters are valid, and the bounded pattern runner's rewriting of `.`
 * after a class and of `\S` outside one, and its native matcher's text.
 */
import { describe, expect, it } from 'vitest';
import { compileBounded, isValidNir, luhn, nirKey } from '../../src/identifiers/index.js';

describe('values that are not strings', () => {
  it('luhn refuses a number, even one whose digits pass', () => {
    expect(luhn('18')).toBe(true);
    expect(luhn(18 as unknown as string)).toBe(false);
  });
  it('nirKey has no key for a number', () => {
    expect(nirKey('1850578006084')).toBe(91);
    expect(nirKey(1850578006084 as unknown as string)).toBeNull();
  });
});

describe('NIR', () => {
  it('a valid NIR followed by anything is not a NIR, though its first 15 characters are', () => {
    expect(isValidNir('185057800608491')).toBe(true);
    expect(isValidNir('185057800608491 ')).toBe(false);
    expect(isValidNir('185057800608491\n')).toBe(false);
  });
});

describe('compileBounded', () => {
  const run = (pattern: string, input: string) => {
    const c = compileBounded(pattern);
    if (!c.ok) throw new Error(c.problem);
    return c.matcher.test(input);
  };
  it('a dot after a class is the ECMA-262 dot again: no carriage return, no line separator', () => {
    expect(run('^[a]b.$', 'abx')).toBe(true);
    expect(run('^[a]b.$', 'ab\r')).toBe(false);
    expect(run('^[a]b.$', 'ab\u2028')).toBe(false);
  });
  it('\\S outside a class is rewritten and runs on RE2', () => {
    const c = compileBounded('^\\S+$');
    expect(c).toMatchObject({ ok: true, engine: 're2' });
    expect(run('^\\S+$', 'abc')).toBe(true);
    expect(run('^\\S+$', 'a\u00a0b')).toBe(false);
  });
  it('a pattern run natively prints as /pattern/ too', () => {
    const c = compileBounded('^(b)\\1$');
    expect(c).toMatchObject({ ok: true, engine: 'native' });
    expect(c.ok && c.matcher.toString()).toBe('/^(b)\\1$/');
  });
});
