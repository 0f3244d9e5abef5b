/**
 * More rows of the backtracking analyser, each a pattern whose verdict changes when one rule is
 * wrong: `$` and lookbehinds are zero-width, an assertion inside a repeated group has no characters,
 * a lookahead adds no characters to a variable part, a one-assertion group is nullable, and a group
 * is not a delimiter.
 */
import { describe, expect, it } from 'vitest';
import { isUnsafeRegex } from '../../src/identifiers/index.js';

const ROWS: [string, string, boolean][] = [
  ['end anchor before an overlapping character', '(?:$a|a)*', true],
  ['lookbehind before a safe star', '(?<=x)(?:a|b)*', false],
  ['negative lookbehind before a safe star', '(?<!x)(?:a|b)*', false],
  ['an anchor inside a repeated group adds no character to it', '(?:(?:^a)+b){2}', false],
  ['a lookahead adds no character to a variable part', '(?:(?:(?=a)b)+a){2}', false],
  ['a group of one assertion is nullable', '(?:(?:^)a|a)*', true],
  ['a group between overlapping variable parts is no delimiter', '(?:x\\d+(?:ab)\\d+)+', true],
];

describe('isUnsafeRegex, more rules', () => {
  it.each(ROWS)('%s: %s → %s', (_rule, pattern, unsafe) => {
    expect(isUnsafeRegex(pattern)).toBe(unsafe);
  });
});
