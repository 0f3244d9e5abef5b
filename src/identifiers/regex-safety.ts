/**
 * Compiling and vetting the regular expressions found in OpenAPI `pattern` keywords.
 *
 * OpenAPI (JSON Schema) patterns are ECMA-262 regular expressions with search semantics: they are
 * not implicitly anchored, so `\d{9}` accepts `1234567890`. {@link compilePattern} therefore compiles
 * the source as is, without adding anchors or flags beyond `u`.
 *
 * {@link isUnsafeRegex} is a static heuristic that flags patterns whose backtracking can blow up
 * (star height > 1 without an unambiguous delimiter, overlapping alternatives under a star…). It
 * parses the pattern in linear time and never executes it on attacker-controlled input, so it cannot
 * hang. It errs on the safe side: some harmless patterns are flagged, and a flagged pattern is simply
 * not executed by the caller.
 */

export type CompiledPattern = { ok: true; regex: RegExp } | { ok: false; error: string };

/**
 * Compiles an OpenAPI/ECMA-262 pattern: with the `u` flag first (the JSON Schema recommendation),
 * falling back to no flag for legacy patterns that are only valid without it (e.g. `[\w-.]`).
 */
export function compilePattern(pattern: string): CompiledPattern {
  if (typeof pattern !== 'string') return { ok: false, error: 'the pattern is not a string' };
  try {
    return { ok: true, regex: new RegExp(pattern, 'u') };
  } catch {
    // Not valid in Unicode mode: try the Annex B (legacy) syntax.
  }
  try {
    return { ok: true, regex: new RegExp(pattern) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

// ---------------------------------------------------------------------------------------------
// A small parser for ECMA-262 regular expressions, enough to reason about quantifier nesting.
// ---------------------------------------------------------------------------------------------

type CharNode = { type: 'char'; src: string };
type AssertNode = { type: 'assert' };
type BackrefNode = { type: 'backref' };
type GroupNode = { type: 'group'; alts: Node[][]; lookaround: boolean };
type QuantNode = { type: 'quant'; body: Node; min: number; max: number };
type Node = CharNode | AssertNode | BackrefNode | GroupNode | QuantNode;

const ASSERT: AssertNode = { type: 'assert' };
const BACKREF: BackrefNode = { type: 'backref' };
const SYNTAX_CHARS = '^$\\.*+?()[]{}|/';
const HEX4 = /[0-9a-fA-F]{4}/y;
const HEX2 = /[0-9a-fA-F]{2}/y;
const QUANT_BRACES = /\{(\d+)(?:(,)(\d*))?\}/y;

class Parser {
  private i = 0;
  constructor(private readonly s: string, private readonly unicode: boolean) {}

  parse(): Node[][] {
    const alts = this.alternatives();
    if (this.i < this.s.length) throw new Error('unbalanced parenthesis');
    return alts;
  }

  private alternatives(): Node[][] {
    const alts: Node[][] = [this.sequence()];
    while (this.s[this.i] === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return alts;
  }

  private sequence(): Node[] {
    const seq: Node[] = [];
    while (this.i < this.s.length) {
      const c = this.s[this.i];
      if (c === '|' || c === ')') break;
      const atom = this.atom();
      const q = this.quantifier();
      seq.push(q === null ? atom : { type: 'quant', body: atom, min: q.min, max: q.max });
    }
    return seq;
  }

  private quantifier(): { min: number; max: number } | null {
    const c = this.s[this.i];
    let q: { min: number; max: number } | null = null;
    if (c === '*') q = { min: 0, max: Infinity };
    else if (c === '+') q = { min: 1, max: Infinity };
    else if (c === '?') q = { min: 0, max: 1 };
    if (q !== null) {
      this.i++;
    } else if (c === '{') {
      QUANT_BRACES.lastIndex = this.i;
      const m = QUANT_BRACES.exec(this.s);
      if (m !== null) {
        this.i += m[0].length;
        const min = Number(m[1]);
        const max = m[2] === undefined ? min : m[3] === undefined || m[3] === '' ? Infinity : Number(m[3]);
        q = { min, max };
      }
    }
    if (q !== null && this.s[this.i] === '?') this.i++; // lazy quantifier
    return q;
  }

  private atom(): Node {
    const s = this.s;
    const c = s[this.i];
    if (c === '(') return this.group();
    if (c === '[') {
      const start = this.i;
      this.i++;
      if (s[this.i] === '^') this.i++;
      while (this.i < s.length && s[this.i] !== ']') this.i += s[this.i] === '\\' ? 2 : 1;
      this.i = Math.min(this.i + 1, s.length);
      return { type: 'char', src: s.slice(start, this.i) };
    }
    if (c === '.') {
      this.i++;
      return { type: 'char', src: '.' };
    }
    if (c === '^' || c === '$') {
      this.i++;
      return ASSERT;
    }
    if (c === '\\') return this.escape();
    const cp = s.codePointAt(this.i) ?? 0;
    const width = this.unicode && cp > 0xffff ? 2 : 1;
    const lit = s.slice(this.i, this.i + width);
    this.i += width;
    return { type: 'char', src: SYNTAX_CHARS.includes(lit) ? `\\${lit}` : lit };
  }

  private group(): Node {
    const s = this.s;
    this.i++; // '('
    let lookaround = false;
    if (s[this.i] === '?') {
      const n = s[this.i + 1];
      if (n === ':') {
        this.i += 2;
      } else if (n === '=' || n === '!') {
        this.i += 2;
        lookaround = true;
      } else if (n === '<' && (s[this.i + 2] === '=' || s[this.i + 2] === '!')) {
        this.i += 3;
        lookaround = true;
      } else if (n === '<') {
        const close = s.indexOf('>', this.i);
        this.i = close < 0 ? s.length : close + 1;
      } else {
        // Modifiers such as (?i:…) on engines that support them: skip up to the ':'.
        const colon = s.indexOf(':', this.i);
        this.i = colon < 0 ? s.length : colon + 1;
      }
    }
    const alts = this.alternatives();
    if (s[this.i] !== ')') throw new Error('unterminated group');
    this.i++;
    return { type: 'group', alts, lookaround };
  }

  private escape(): Node {
    const s = this.s;
    const start = this.i;
    this.i++; // '\'
    const c = s[this.i];
    if (c === undefined) return { type: 'char', src: '\\\\' };
    if (c === 'b' || c === 'B') {
      this.i++;
      return ASSERT;
    }
    if (c >= '1' && c <= '9') {
      while (this.i < s.length && (s[this.i] as string) >= '0' && (s[this.i] as string) <= '9') this.i++;
      return BACKREF;
    }
    if (c === 'k' && s[this.i + 1] === '<') {
      const close = s.indexOf('>', this.i);
      this.i = close < 0 ? s.length : close + 1;
      return BACKREF;
    }
    if ((c === 'p' || c === 'P' || c === 'u') && this.unicode && s[this.i + 1] === '{') {
      const close = s.indexOf('}', this.i);
      this.i = close < 0 ? s.length : close + 1;
    } else if (c === 'u' && this.hexAt(HEX4, this.i + 1)) {
      this.i += 5;
      // In Unicode mode an escaped surrogate pair is one code point.
      if (this.unicode && s[this.i] === '\\' && s[this.i + 1] === 'u' && this.hexAt(HEX4, this.i + 2)) {
        const hi = parseInt(s.slice(this.i - 4, this.i), 16);
        const lo = parseInt(s.slice(this.i + 2, this.i + 6), 16);
        if (hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff) this.i += 6;
      }
    } else if (c === 'x' && this.hexAt(HEX2, this.i + 1)) {
      this.i += 3;
    } else if (c === 'c' && /[A-Za-z]/.test(s[this.i + 1] ?? '')) {
      this.i += 2;
    } else if (c === '0') {
      this.i++;
      if (!this.unicode) while (this.i < start + 4 && /[0-7]/.test(s[this.i] ?? '')) this.i++;
    } else {
      const cp = s.codePointAt(this.i) ?? 0;
      this.i += cp > 0xffff ? 2 : 1;
    }
    return { type: 'char', src: s.slice(start, this.i) };
  }

  private hexAt(re: RegExp, at: number): boolean {
    re.lastIndex = at;
    return re.test(this.s);
  }
}

// ---------------------------------------------------------------------------------------------
// Character sets, approximated over a sample alphabet (ASCII, Latin-1 and a few others).
// ---------------------------------------------------------------------------------------------

const ALPHABET: readonly string[] = (() => {
  const out: string[] = [];
  for (let c = 0; c < 256; c++) out.push(String.fromCharCode(c));
  for (const c of [0x0660, 0x2028, 0x2029, 0x3000, 0xfeff, 0xff10, 0xff21, 0x1d7d8]) out.push(String.fromCodePoint(c));
  return out;
})();

type CharSet = readonly boolean[];
const ALL: CharSet = ALPHABET.map(() => true);
const NONE: CharSet = ALPHABET.map(() => false);
const charSetCache = new Map<string, CharSet>();

function charSet(src: string, unicode: boolean): CharSet {
  const key = `${unicode ? 'u' : '-'}${src}`;
  const hit = charSetCache.get(key);
  if (hit !== undefined) return hit;
  let set: CharSet;
  try {
    const re = new RegExp(`^(?:${src})$`, unicode ? 'u' : '');
    set = ALPHABET.map((ch) => re.test(ch));
  } catch {
    set = ALL;
  }
  if (charSetCache.size > 4096) charSetCache.clear();
  charSetCache.set(key, set);
  return set;
}

function union(a: CharSet, b: CharSet): CharSet {
  return a.map((x, i) => x || (b[i] as boolean));
}

function overlaps(a: CharSet, b: CharSet): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] && b[i]) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// The analysis.
// ---------------------------------------------------------------------------------------------

/** A repetition count above this is treated as unbounded. */
const BOUNDED_REPEAT_LIMIT = 10;
/** A bounded repetition of a one-character optional body up to this count is safe (≤ 65,536 ways). */
const BOUNDED_OPTIONAL_LIMIT = 16;

class Analyzer {
  constructor(private readonly unicode: boolean) {}

  /** The length a node always matches, or null when it can match several lengths. */
  fixedLength(n: Node): number | null {
    switch (n.type) {
      case 'char': return 1;
      case 'assert': return 0;
      case 'backref': return null;
      case 'quant': {
        if (n.min !== n.max) return null;
        const l = this.fixedLength(n.body);
        return l === null ? null : l * n.min;
      }
      case 'group': {
        if (n.lookaround) return 0;
        let len: number | null = null;
        for (const alt of n.alts) {
          let total = 0;
          for (const e of alt) {
            const l = this.fixedLength(e);
            if (l === null) return null;
            total += l;
          }
          if (len === null) len = total;
          else if (len !== total) return null;
        }
        return len ?? 0;
      }
    }
  }

  /** Every character a node may consume. */
  allChars(n: Node): CharSet {
    switch (n.type) {
      case 'char': return charSet(n.src, this.unicode);
      case 'assert': return NONE;
      case 'backref': return ALL;
      case 'quant': return this.allChars(n.body);
      case 'group': {
        if (n.lookaround) return NONE;
        let set = NONE;
        for (const alt of n.alts) for (const e of alt) set = union(set, this.allChars(e));
        return set;
      }
    }
  }

  nullable(n: Node): boolean {
    switch (n.type) {
      case 'char': return false;
      case 'assert': case 'backref': return true;
      case 'quant': return n.min === 0 || this.nullable(n.body);
      case 'group': return n.lookaround || n.alts.some((alt) => alt.every((e) => this.nullable(e)));
    }
  }

  /** Characters a node may start with. */
  firstChars(n: Node): CharSet {
    switch (n.type) {
      case 'char': return charSet(n.src, this.unicode);
      case 'assert': return NONE;
      case 'backref': return ALL;
      case 'quant': return this.firstChars(n.body);
      case 'group': {
        if (n.lookaround) return NONE;
        let set = NONE;
        for (const alt of n.alts) set = union(set, this.seqFirstChars(alt));
        return set;
      }
    }
  }

  seqFirstChars(seq: readonly Node[]): CharSet {
    let set = NONE;
    for (const e of seq) {
      set = union(set, this.firstChars(e));
      if (!this.nullable(e)) break;
    }
    return set;
  }

  /**
   * A mandatory single-character element (`x`, `\d`, `[a-z]{2}`, a group of single characters
   * `(-|\.)`…): its set, else null.
   */
  separatorSet(n: Node): CharSet | null {
    if (n.type === 'char') return charSet(n.src, this.unicode);
    if (n.type === 'quant' && n.min === n.max && n.min >= 1 && n.body.type === 'char') {
      return charSet(n.body.src, this.unicode);
    }
    if (n.type === 'group' && !n.lookaround && n.alts.every((alt) => alt.length === 1 && alt[0]!.type === 'char')) {
      let set = NONE;
      for (const alt of n.alts) set = union(set, charSet((alt[0] as CharNode).src, this.unicode));
      return set;
    }
    return null;
  }

  /**
   * A body that consumes at most one character and cannot match one character two ways: `(x?)`,
   * `(?:[a-z0-9]?)`. Repeated at most {@link BOUNDED_OPTIONAL_LIMIT} times it has at most 2^limit
   * ways to match in any backtracking engine (and one under ECMA-262, which refuses empty iterations).
   */
  isSingleCharOptional(body: Node): boolean {
    if (body.type !== 'group' || body.lookaround || body.alts.length !== 1) return false;
    const [alt] = body.alts;
    if (alt!.length !== 1) return false;
    const e = alt![0]!;
    return e.type === 'char' || (e.type === 'quant' && e.max <= 1 && e.body.type === 'char');
  }

  /** Is one iteration of a repeated alternative unambiguous enough for the given repetition? */
  repeatedSequenceIsSafe(seq: readonly Node[], unbounded: boolean): boolean {
    const elements = seq.filter((e) => e.type !== 'assert' && !(e.type === 'group' && e.lookaround));
    const variable = elements.filter((e) => this.fixedLength(e) === null);
    if (variable.length === 0) return true;
    let v = NONE;
    for (const e of variable) v = union(v, this.allChars(e));
    const isSeparator = (e: Node): boolean => {
      const set = this.separatorSet(e);
      return set !== null && set.some(Boolean) && !overlaps(set, v);
    };
    if (!unbounded) return elements.some(isSeparator);
    // Unbounded repetition: only simple character-level quantifiers inside, …
    if (variable.some((e) => e.type !== 'quant' || e.body.type !== 'char')) return false;
    // … an iteration begins or ends on a delimiter that the variable parts cannot consume, …
    const first = elements[0];
    const last = elements[elements.length - 1];
    if (!(first !== undefined && isSeparator(first)) && !(last !== undefined && isSeparator(last))) return false;
    // … and no two overlapping variable parts follow each other without a delimiter in between.
    for (let a = 0; a < elements.length; a++) {
      const ea = elements[a] as Node;
      if (this.fixedLength(ea) !== null) continue;
      const setA = this.allChars(ea);
      for (let b = a + 1; b < elements.length; b++) {
        const eb = elements[b] as Node;
        if (this.fixedLength(eb) !== null) continue;
        const setB = this.allChars(eb);
        if (!overlaps(setA, setB)) continue;
        const both = union(setA, setB);
        let delimited = false;
        for (let k = a + 1; k < b; k++) {
          const sep = this.separatorSet(elements[k] as Node);
          if (sep !== null && sep.some(Boolean) && !overlaps(sep, both)) delimited = true;
        }
        if (!delimited) return false;
      }
    }
    return true;
  }

  quantIsUnsafe(q: QuantNode): boolean {
    if (q.max <= 1) return false;
    const body = q.body;
    if (body.type === 'char' || body.type === 'assert') return false;
    if (body.type === 'backref') return false;
    if (body.type === 'quant') return true; // not reachable in valid syntax; be safe
    if (body.lookaround) return false;
    if (q.max <= BOUNDED_OPTIONAL_LIMIT && this.isSingleCharOptional(body)) return false;
    const unbounded = q.max > BOUNDED_REPEAT_LIMIT;
    for (const alt of body.alts) if (!this.repeatedSequenceIsSafe(alt, unbounded)) return true;
    if (unbounded && body.alts.length > 1) {
      const firsts = body.alts.map((alt) => this.seqFirstChars(alt));
      for (let a = 0; a < firsts.length; a++) {
        for (let b = a + 1; b < firsts.length; b++) {
          if (overlaps(firsts[a] as CharSet, firsts[b] as CharSet)) return true;
        }
      }
    }
    return false;
  }

  anyUnsafe(nodes: readonly Node[]): boolean {
    for (const n of nodes) {
      if (n.type === 'quant') {
        if (this.quantIsUnsafe(n)) return true;
        if (this.anyUnsafe([n.body])) return true;
      } else if (n.type === 'group') {
        for (const alt of n.alts) if (this.anyUnsafe(alt)) return true;
      }
    }
    return false;
  }
}

/** Patterns longer than this are not analysed (nor executed): they are reported as unsafe. */
const MAX_ANALYSED_LENGTH = 5000;

/**
 * True when executing the pattern could backtrack catastrophically: nested quantifiers such as
 * `(a+)+`, `(a*)*`, `(\d+)*$`, `(\d{1,3})+`, or overlapping alternatives under a star such as
 * `(a|a)*`, `(\d|\w)+`. Repeated groups delimited by a character their variable parts cannot
 * consume are accepted: `(?:[\s.-]?\d{2}){4}`, `([a-z]+\.)*`, `(\.[a-z]+)*`.
 * Returns false for a pattern that does not compile (that is another problem).
 */
export function isUnsafeRegex(pattern: string): boolean {
  const compiled = compilePattern(pattern);
  if (!compiled.ok) return false;
  if (pattern.length > MAX_ANALYSED_LENGTH) return true;
  const unicode = compiled.regex.unicode;
  let alts: Node[][];
  try {
    alts = new Parser(pattern, unicode).parse();
  } catch {
    return true; // could not be analysed: do not run it
  }
  const analyzer = new Analyzer(unicode);
  return alts.some((alt) => analyzer.anyUnsafe(alt));
}
