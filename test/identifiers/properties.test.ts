/**
 * Property tests with a seeded PRNG: reproducible, and fast (a few thousand cases).
 */
import { describe, expect, it } from 'vitest';
import {
  ibanCheckDigits, isValidIban, isValidNir, isValidSiren, isValidSiret, isValidSpi, isValidTva, isValidUai, luhn,
  luhnCheckDigit, nirKey, ribKey, spiKey, tvaKey, uaiLetter, validateIdentifier,
} from '../../src/identifiers/index.js';
import { adjacentTranspositions, mulberry32, randomDigits, singleDigitMutations } from './prng.js';

const rand = mulberry32(0x5eed);
const N = 200;

function randomSiren(): string {
  const body = randomDigits(rand, 8);
  return body + luhnCheckDigit(body);
}

/** A random valid SIRET outside La Poste (whose digit-sum rule is weaker: see below). */
function randomSiret(): string {
  for (;;) {
    const siren = randomSiren();
    // Stay at least two digits away from La Poste's SIREN so a one-digit mutation cannot reach it.
    let diff = 0;
    for (let i = 0; i < 9; i++) if (siren[i] !== '356000000'[i]) diff++;
    if (diff < 2) continue;
    const body = siren + randomDigits(rand, 4);
    return body + luhnCheckDigit(body);
  }
}

function randomNir(): string {
  const sex = String(1 + Math.floor(rand() * 2));
  const yy = randomDigits(rand, 2);
  const mm = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
  const r = rand();
  const dept = r < 0.1 ? '2A' : r < 0.2 ? '2B' : String(1 + Math.floor(rand() * 95)).padStart(2, '0');
  const body = `${sex}${yy}${mm}${dept}${randomDigits(rand, 6)}`;
  const key = nirKey(body);
  if (key === null) throw new Error(`bad generated NIR body ${body}`);
  return body + String(key).padStart(2, '0');
}

function randomSpi(): string {
  const first10 = String(Math.floor(rand() * 4)) + randomDigits(rand, 9);
  return first10 + spiKey(first10);
}

function randomUai(): string {
  const d = randomDigits(rand, 7);
  return d + uaiLetter(d);
}

function randomIban(): string {
  const bank = randomDigits(rand, 5);
  const branch = randomDigits(rand, 5);
  const account = randomDigits(rand, 11);
  const bban = bank + branch + account + ribKey(bank, branch, account);
  return `FR${ibanCheckDigits('FR', bban)}${bban}`;
}

describe('random valid identifiers are accepted', () => {
  it('SIREN (random Luhn-valid 9-digit numbers)', () => {
    for (let i = 0; i < N; i++) {
      const s = randomSiren();
      expect(isValidSiren(s), s).toBe(true);
      expect(validateIdentifier('siren', s)).toEqual({ ok: true });
    }
  });
  it('SIRET, TVA and EORI derived from them', () => {
    for (let i = 0; i < N; i++) {
      const siret = randomSiret();
      expect(isValidSiret(siret), siret).toBe(true);
      const siren = siret.slice(0, 9);
      expect(isValidTva(`FR${tvaKey(siren)}${siren}`)).toBe(true);
      expect(validateIdentifier('eori', `FR${siret}`)).toEqual({ ok: true });
    }
  });
  it('NIR, SPI, UAI, IBAN', () => {
    for (let i = 0; i < N; i++) {
      const nir = randomNir();
      expect(isValidNir(nir), nir).toBe(true);
      const spi = randomSpi();
      expect(isValidSpi(spi), spi).toBe(true);
      const uai = randomUai();
      expect(isValidUai(uai), uai).toBe(true);
      const iban = randomIban();
      expect(isValidIban(iban), iban).toBe(true);
    }
  });
  it('a random number of the right length is accepted by Luhn about one time in ten', () => {
    let ok = 0;
    const trials = 2000;
    for (let i = 0; i < trials; i++) if (luhn(randomDigits(rand, 9))) ok++;
    expect(ok / trials).toBeGreaterThan(0.07);
    expect(ok / trials).toBeLessThan(0.13);
  });
});

describe('every single-digit mutation is rejected', () => {
  const cases: [string, () => string, (v: string) => boolean][] = [
    ['SIREN', randomSiren, isValidSiren],
    ['SIRET', randomSiret, isValidSiret],
    ['UAI', randomUai, isValidUai],
    ['NIR', randomNir, isValidNir],
    ['SPI', randomSpi, isValidSpi],
    ['IBAN', randomIban, isValidIban],
  ];
  for (const [label, generate, isValid] of cases) {
    it(label, () => {
      for (let i = 0; i < 40; i++) {
        const v = generate();
        expect(isValid(v), v).toBe(true);
        expect(singleDigitMutations(v).filter(isValid), v).toEqual([]);
      }
    });
  }
  it('including on the catalogue samples', () => {
    const samples: [string, (v: string) => boolean][] = [
      ['005572466', isValidSiren], ['130025265', isValidSiren], ['13002526500013', isValidSiret],
      ['0210015C', isValidUai], ['253072A07300443', isValidNir], ['3023217600053', isValidSpi],
      ['FR7630006000011234567890189', isValidIban], ['FR1420041010050500013M02606', isValidIban],
    ];
    for (const [v, isValid] of samples) {
      expect(isValid(v), v).toBe(true);
      expect(singleDigitMutations(v).filter(isValid), v).toEqual([]);
    }
  });
  it('UAI: every other letter is rejected', () => {
    for (let i = 0; i < 40; i++) {
      const v = randomUai();
      const others = [...'ABCDEFGHJKLMNPRSTUVWXYZ'].filter((l) => l !== v[7]).map((l) => v.slice(0, 7) + l);
      expect(others).toHaveLength(22);
      expect(others.filter(isValidUai)).toEqual([]);
    }
  });
});

describe('adjacent transpositions under Luhn', () => {
  it('are all detected except 09 <-> 90 (SIREN and SIRET)', () => {
    let blindSpots = 0;
    let detected = 0;
    const missed: string[] = [];
    for (let i = 0; i < N; i++) {
      for (const [v, isValid] of [[randomSiren(), isValidSiren], [randomSiret(), isValidSiret]] as const) {
        for (const { swapped, pair } of adjacentTranspositions(v)) {
          if (pair === '09' || pair === '90') {
            blindSpots++;
            if (!luhn(swapped)) missed.push(`blind spot not reproduced: ${v} -> ${swapped}`);
          } else if (isValid(swapped)) {
            missed.push(`${v} -> ${swapped}`);
          } else {
            detected++;
          }
        }
      }
    }
    expect(missed).toEqual([]);
    expect(detected).toBeGreaterThan(1000);
    expect(blindSpots).toBeGreaterThan(0); // the blind spot was exercised (and is accepted by Luhn)
  });
  it('the blind spot on a concrete SIREN', () => {
    // 090000001 is Luhn-valid, and so is its 09 <-> 90 transposition 900000001.
    expect(luhn('090000001')).toBe(true);
    expect(luhn('900000001')).toBe(true);
  });
});

describe('La Poste rule is weaker than Luhn', () => {
  it('a +5/-5 change on one digit keeps the digit sum divisible by 5 (documented limitation)', () => {
    expect(isValidSiret('35600000000001')).toBe(true);
    expect(isValidSiret('35600000000006')).toBe(true); // 1 -> 6
    expect(isValidSiret('35600000000002')).toBe(false); // 1 -> 2
  });
});
