/**
 * The backtracking analyser, one row per rule it applies, each row a pattern whose verdict changes
 * when that rule is wrong: assertions consume nothing, lookarounds are zero-width and nullable,
 * escapes are read whole (`\b`, `\p{…}`, `\u{…}`, `\uXXXX`, surrogate pairs, `\xHH`, `\cX`, legacy
 * octal, `\k<…>`), a literal astral character is one character, a group of alternatives of equal
 * length has a fixed length, separators and delimiters, the bounded/unbounded limit (10), nested
 * unsafety found at any depth, and the analysed-length limit (5,000).
 */
import { describe, expect, it } from 'vitest';
import { compilePattern, isUnsafeRegex } from '../../src/identifiers/index.js';

const ROWS: [string, string, boolean][] = [
  // Assertions consume nothing: `^a` and `\ba` start with `a`, like `a`.
  ['anchor before an overlapping alternative', '(?:a|^a)*', true],
  ['end anchor inside an alternative', '(?:a$|a)*', true],
  ['word boundary before an overlapping alternative', '(?:a|\\ba)*', true],
  ['non-boundary before an overlapping alternative', '(?:a|\\Ba)*', true],
  // Lookarounds are zero-width: what follows them is what the alternative starts with.
  ['lookahead, then an overlapping character', '(?:(?=b)a|a)*', true],
  ['lookbehind, then an overlapping character', '(?:(?<=b)a|a)*', true],
  ['negative lookbehind, then an overlapping character', '(?:(?<!b)a|a)*', true],
  ['lookahead content is not a first character', '(?:(?=a)b|a)*', false],
  ['a lookaround at both ends of a delimited iteration is left out', '(?:(?=x)x\\d+(?=y))*', false],
  ['anchors at both ends of a delimited iteration are left out', '(?:^x\\d+$)*', false],
  // Named groups are groups.
  ['named group of distinct alternatives', '(?<n>a|b)*', false],
  // Escapes are read whole.
  ['\\d is digits, not a literal d', '(?:\\d|a)*', false],
  ['\\s and \\d do not overlap', '(?:\\s|\\d)*', false],
  ['\\d followed by four hex-looking digits', '(?:\\d1234|5)*', true],
  ['\\d followed by two hex-looking digits', '(?:\\d12|3)*', true],
  ['\\p{Lu} is upper-case letters', '(?:\\p{Lu}|1)*', false],
  ['\\P{L} is everything but letters', '(?:\\P{L}|a)*', false],
  ['\\u{62} is b', '(?:\\u{62}|a)*', false],
  ['\\x62 is b', '(?:\\x62|a)*', false],
  ['\\cA is U+0001', '(?:\\cA|a)*', false],
  ['\\k without a name is the letter k (legacy syntax)', '(?:\\k|a)*', false],
  ['\\d before < is not a named backreference', '(?:\\d<|a)*', false],
  ['a named backreference inside an optional group', '(?<x>a)(?:\\k<x>)?(?:b|c)*', false],
  ['legacy octal: \\012 is a newline, three digits at most', '(?:\\0123|\\n)*', true],
  ['an escaped surrogate pair is one character', '(?:\\ud835\\udfd8a|\\ud835\\udfd8b)*', true],
  ['a literal astral character is one character', '(?:\u{1d7d8}a|\u{1d7d8}b)*', true],
  ['a literal / is a character', '(?:/a|/b)*', true],
  ['a literal } is a character (legacy syntax)', '(?:}|})*', true],
  ['an escaped ] does not end a class', '(?:[\\]b]|a)*', false],
  // Quantified backreferences are not nested quantifiers.
  ['quantified backreference', '(a)\\1+', false],
  ['optional repeated backreference', '(a)\\1*', false],
  // Nullable parts: the next element's characters are first characters too.
  ['optional first character', '(?:a?b|b)*', true],
  ['mandatory first character', '(?:a+b|b)*', false],
  ['first character only', '(?:ab|b)*', false],
  ['nullable group', '(?:(?:a?)b|b)*', true],
  ['group with an empty-able alternative', '(?:(?:a|b?)c|c)*', true],
  ['non-nullable group', '(?:(?:a)b|b)*', false],
  ['lookahead group is nullable', '(?:(?=a)b|b)*', true],
  ['group of alternatives: their first characters', '(?:(?:a|b)c|a)*', true],
  ['group of alternatives: no shared first character', '(?:(?:a|b)c|d)*', false],
  // Fixed lengths.
  ['group of alternatives of equal length is fixed', '(?:(?:ab|cd)x)+', false],
  ['fixed repetitions count their length', '(?:(?:a{2}|bc)x)+', false],
  ['a lookaround adds no length', '(?:(?:(?=a)bc|cd)x)+', false],
  ['a nested group keeps its length', '(?:(?:(?:ab)|cd)x)+', false],
  ['alternatives of different lengths are variable', '(?:(?:a|bc)x)+', true],
  // Separators and delimiters.
  ['x{1} is a separator', '(?:\\d+x{1}){3}', false],
  ['x{0} is not a separator', '(?:\\d+x{0}){3}', true],
  ['a separator the variable part can consume is not one', '(?:(?:a|b)+b){3}', true],
  ['a delimiter only at the start of an unbounded iteration', '(?:x\\d+)+', false],
  ['a fixed part after the variable one needs no delimiter', '(?:x\\d+\\d)+', false],
  ['a fixed part before the variable one needs no delimiter', '(?:x\\d\\d+)+', false],
  ['non-overlapping variable parts need no delimiter', '(?:X[a-z]+\\d+)+', false],
  ['overlapping variable parts with a delimiter between', '(?:x\\d+-\\d+)+', false],
  ['overlapping variable parts with a non-delimiter between', '(?:x\\d+5\\d+)+', true],
  ['a complex variable part under an unbounded repetition', '(?:x\\d+(?:ab)*)+', true],
  // Bounded (at most 10) and unbounded repetitions.
  ['bounded: one separator is enough', '(?:\\d+-\\d+){3}', false],
  ['10 repetitions are bounded', '(?:\\d+-\\d+){10}', false],
  ['11 repetitions are unbounded', '(?:\\d+-\\d+){11}', true],
  ['unbounded: a delimiter must open or close the iteration', '(?:\\d+-\\d+)+', true],
  ['bounded: overlapping first characters of fixed alternatives are fine', '(?:ab|ac){3}', false],
  // Nested unsafety, at any depth, in any alternative.
  ['nested quantifier under an optional group', '(?:(a+)+)?', true],
  ['nested quantifier under a bounded, delimited repetition', '(?:(?:a+)+x){2}', true],
  ['nested quantifier inside a plain group', '(x(a+)+)', true],
  ['one unsafe top-level alternative', '(a+)+|b', true],
  ['no unsafe top-level alternative', 'a+|b+', false],
];

describe('isUnsafeRegex, rule by rule', () => {
  it.each(ROWS)('%s: %s → %s', (_rule, pattern, unsafe) => {
    expect(isUnsafeRegex(pattern)).toBe(unsafe);
  });

  it('analyses a pattern of 5,000 characters, not one of 5,001', () => {
    expect(isUnsafeRegex('a'.repeat(5000))).toBe(false);
    expect(isUnsafeRegex('a'.repeat(5001))).toBe(true);
  });

  it('a value that is not a string is not a pattern', () => {
    expect(compilePattern(42 as unknown as string)).toEqual({ ok: false, error: 'the pattern is not a string' });
  });
});
