/**
 * Running a spec's pattern in bounded time: RE2 when it can express the pattern, with `.` and `\s`
 * meaning what ECMA-262 says; the native engine only for lookarounds and backreferences that the
 * analyser clears; never anything else.
 */
import { describe, expect, it } from 'vitest';
import { compileBounded } from '../../src/identifiers/index.js';

function matcher(pattern: string) {
  const c = compileBounded(pattern);
  if (!c.ok) throw new Error(`${pattern}: ${c.problem}`);
  return c;
}

const accepts = (pattern: string, inputs: string[]) => inputs.map((input) => matcher(pattern).matcher.test(input));

describe('compileBounded', () => {
  it('an invalid pattern: invalid-regex with the engine message', () => {
    expect(compileBounded('(')).toEqual({ ok: false, problem: 'invalid-regex', error: 'Invalid regular expression: /(/: Unterminated group' });
  });

  it('plain patterns run on RE2, with search semantics, and print as /pattern/', () => {
    const c = matcher('\\d{3}');
    expect(c.engine).toBe('re2');
    expect(c.matcher.toString()).toBe('/\\d{3}/');
    expect(accepts('\\d{3}', ['ab1234', '12', '1a2b3'])).toEqual([true, false, false]);
  });

  it('compiles a pattern once', () => {
    expect(compileBounded('^a+$')).toBe(compileBounded('^a+$'));
  });

  it('. is any character but line terminators, as in ECMA-262', () => {
    expect(accepts('^.$', ['a', 'é', '\t', '\n', '\r', '\u2028', '\u2029', '\u0085'])).toEqual([true, true, true, false, false, false, false, true]);
    // Inside a class, a dot is a dot; after the class, a dot again.
    expect(accepts('^[.]$', ['.', 'a'])).toEqual([true, false]);
    expect(accepts('^[a]b.$', ['abx', 'ab\n'])).toEqual([true, false]);
    // An escaped dot is a dot.
    expect(accepts('^a\\.b$', ['a.b', 'axb'])).toEqual([true, false]);
  });

  it('\\s and \\S are the ECMA-262 white space, inside classes too', () => {
    const spaces = ['\t', '\n', '\u000b', '\f', '\r', ' ', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
    expect(accepts('^\\s$', spaces)).toEqual(spaces.map(() => true));
    expect(accepts('^\\s$', ['a', '\u0085', '\u200b', '\u180e'])).toEqual([false, false, false, false]);
    expect(accepts('^\\S$', ['a', '\u00a0', '\u3000'])).toEqual([true, false, false]);
    expect(accepts('^[\\sa]$', ['a', '\u3000', 'b'])).toEqual([true, true, false]);
    expect(matcher('^[\\sa]$').engine).toBe('re2');
  });

  it('\\S inside a class cannot be rewritten: the native engine runs it when it is safe', () => {
    const c = matcher('^[\\Sx]+$');
    expect(c.engine).toBe('native');
    expect(accepts('^[\\Sx]+$', ['abc', 'a b', '\u00a0'])).toEqual([true, false, false]);
  });

  it('lookarounds and backreferences run natively when the analyser clears them', () => {
    expect(matcher('^(?=\\d)\\w{3}$').engine).toBe('native');
    expect(accepts('^(?=\\d)\\w{3}$', ['1ab', 'ab1'])).toEqual([true, false]);
    expect(matcher('^(a)\\1$').engine).toBe('native');
    expect(accepts('^(a)\\1$', ['aa', 'ab'])).toEqual([true, false]);
  });

  it('a nested quantifier runs on RE2, in linear time; with a lookaround it is never run', () => {
    expect(matcher('^(a+)+$').engine).toBe('re2');
    expect(accepts('^(a+)+$', ['a'.repeat(40) + 'b', 'aaa'])).toEqual([false, true]);
    expect(compileBounded('^(a+)+(?=b)')).toEqual({ ok: false, problem: 'unsafe-regex' });
  });

  it('a trailing backslash is kept as written', () => {
    expect(compileBounded('a\\')).toMatchObject({ ok: false, problem: 'invalid-regex' });
  });
});
