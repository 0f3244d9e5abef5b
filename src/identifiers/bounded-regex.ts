/**
 * Running a pattern taken from a spec (schema `pattern`, `patternProperties`, an identifier's
 * pattern) on any input, in bounded time. The pattern runs on RE2 (re2js: linear time, no
 * backtracking) whenever RE2 can express it; JavaScript's own engine only runs the patterns RE2
 * cannot express (lookarounds, backreferences) and that the static analyser
 * ({@link isUnsafeRegex}) clears. Anything else is never run.
 *
 * RE2 and ECMA-262 differ on `.` and `\s`; both are rewritten to their ECMA-262 meaning first, so a
 * pattern accepts the same strings on either engine.
 */
import { RE2JS } from 're2js';
import { compilePattern, isUnsafeRegex } from './regex-safety.js';

export interface PatternMatcher {
  /** Search semantics, like `RegExp.prototype.test` without flags. */
  test(input: string): boolean;
  /** The pattern as written: Ajv keys its compiled patterns by it. */
  toString(): string;
}

export type BoundedPattern =
  | { ok: true; matcher: PatternMatcher; engine: 're2' | 'native' }
  | { ok: false; problem: 'invalid-regex'; error: string }
  | { ok: false; problem: 'unsafe-regex' };

/** ECMA-262 `\s` (WhiteSpace and LineTerminator), as members of a character class. */
const JS_SPACE = '\\t\\n\\x0b\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff';
/** ECMA-262 `.` without the `s` flag. */
const JS_DOT = '[^\\n\\r\\u2028\\u2029]';

/** The pattern with `.` and `\s`/`\S` spelt out as ECMA-262 means them; null when that cannot be done (`\S` inside a class). */
function withJsClasses(pattern: string): string | null {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      const next = pattern[i + 1];
      i++;
      if (next === 's') out += inClass ? JS_SPACE : `[${JS_SPACE}]`;
      else if (next === 'S') {
        if (inClass) return null;
        out += `[^${JS_SPACE}]`;
      } else out += c + (next ?? '');
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else out += c === '.' ? JS_DOT : c;
  }
  return out;
}

const cache = new Map<string, BoundedPattern>();

function compile(pattern: string): BoundedPattern {
  const native = compilePattern(pattern);
  if (!native.ok) return { ok: false, problem: 'invalid-regex', error: native.error };
  const rewritten = withJsClasses(pattern);
  if (rewritten !== null) {
    try {
      const re2 = RE2JS.compile(RE2JS.translateRegExp(rewritten));
      return { ok: true, engine: 're2', matcher: { test: (input) => re2.matcher(input).find(), toString: () => `/${pattern}/` } };
    } catch {
      // A construct RE2 does not have (lookaround, backreference): the analyser decides below.
    }
  }
  if (isUnsafeRegex(pattern)) return { ok: false, problem: 'unsafe-regex' };
  const regex = native.regex;
  return { ok: true, engine: 'native', matcher: { test: (input) => regex.test(input), toString: () => `/${pattern}/` } };
}

/** The pattern, compiled once, ready to run on input of any size. */
export function compileBounded(pattern: string): BoundedPattern {
  let c = cache.get(pattern);
  if (c === undefined) {
    c = compile(pattern);
    cache.set(pattern, c);
  }
  return c;
}
