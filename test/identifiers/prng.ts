/** A tiny seeded PRNG (mulberry32) so that property tests are reproducible. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A string of `n` random decimal digits. */
export function randomDigits(rand: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(Math.floor(rand() * 10));
  return s;
}

/** Every string obtained by replacing one digit of `value` with another digit. */
export function singleDigitMutations(value: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < value.length; i++) {
    const c = value.charAt(i);
    if (c < '0' || c > '9') continue;
    for (let d = 0; d <= 9; d++) {
      const r = String(d);
      if (r !== c) out.push(value.slice(0, i) + r + value.slice(i + 1));
    }
  }
  return out;
}

/** Every adjacent transposition of two distinct digits, with the pair transposed. */
export function adjacentTranspositions(value: string): { swapped: string; pair: string }[] {
  const out: { swapped: string; pair: string }[] = [];
  for (let i = 0; i + 1 < value.length; i++) {
    const a = value.charAt(i);
    const b = value.charAt(i + 1);
    if (a === b || !/\d/.test(a) || !/\d/.test(b)) continue;
    out.push({ swapped: value.slice(0, i) + b + a + value.slice(i + 2), pair: a + b });
  }
  return out;
}
