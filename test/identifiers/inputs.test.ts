/** The identifier helpers refuse malformed input exactly, and read letters exactly (IBAN, RIB, INE forms). */
import { describe, expect, it } from 'vitest';
import {
  IDENTIFIER_KINDS, ibanCheckDigits, ibanMod97, identifierInfo, ineForm, isValidIban, isValidNir, isValidSiret, luhnCheckDigit, nirKey, ribKey, spiKey,
  tvaKey, uaiLetter,
} from '../../src/identifiers/index.js';

describe('ribKey', () => {
  it('refuses a bank or branch that is not exactly 5 digits, an account that is not exactly 11 alphanumerics', () => {
    const message = 'ribKey: bank (5 digits), branch (5 digits), account (11 alphanumerics) expected';
    for (const [bank, branch, account] of [
      ['3000', '00001', '00012345678'],
      ['300001', '00001', '00012345678'],
      ['x30000', '00001', '00012345678'],
      ['30000x', '00001', '00012345678'],
      ['30000', '0001', '00012345678'],
      ['30000', '000011', '00012345678'],
      ['30000', 'x00001', '00012345678'],
      ['30000', '00001x', '00012345678'],
      ['30000', '00001', '0001234567'],
      ['30000', '00001', '000123456789'],
      ['30000', '00001', 'x00012345678'],
      ['30000', '00001', '00012345678x'],
      ['30000', '00001', '0001234567a'],
    ]) {
      expect(() => ribKey(bank!, branch!, account!), `${bank} ${branch} ${account}`).toThrow(new RangeError(message));
    }
  });

  it('reads account letters as the RIB table says (A/J → 1, S → 2, I/R/Z → 9), digits as themselves', () => {
    const key = (account: string) => ribKey('30002', '00550', account);
    expect(key('0000000000A')).toBe(key('00000000001'));
    expect(key('0000000000J')).toBe(key('00000000001'));
    expect(key('0000000000S')).toBe(key('00000000002'));
    expect(key('0000000000I')).toBe(key('00000000009'));
    expect(key('0000000000R')).toBe(key('00000000009'));
    expect(key('0000000000Z')).toBe(key('00000000009'));
    expect(key('ABCDEFGHIJK')).toBe(key('12345678912'));
    expect(key('LMNOPQRSTUV')).toBe(key('34567892345'));
    expect(key('WXYZ0123456')).toBe(key('67890123456'));
    expect(key('00000000000')).toBe(String(97 - ((89 * (30002 % 97) + 15 * (550 % 97)) % 97)).padStart(2, '0'));
    expect(ribKey('00000', '00000', '00000000000')).toBe('97');
  });
});

describe('IBAN helpers', () => {
  it('ibanCheckDigits refuses a country that is not 2 capital letters or a BBAN that is not alphanumeric', () => {
    for (const [country, bban] of [['F', '123'], ['FRA', '123'], ['fr', '123'], ['1R', '123'], ['FR', ''], ['FR', '12 3'], ['FR', '12a'], ['FR', 'a12'], ['FR', '12-']]) {
      expect(() => ibanCheckDigits(country!, bban!), `${country} ${bban}`).toThrow(new RangeError(`ibanCheckDigits: bad country or BBAN ${JSON.stringify(country)} ${JSON.stringify(bban)}`));
    }
  });

  it('check digits are two digits, zero-padded, letters counted A=10 … Z=35', () => {
    expect(ibanCheckDigits('FR', '30006000011234567890189')).toBe('76');
    expect(ibanCheckDigits('GB', 'WEST12345698765432')).toBe('82');
    // 98 - r below 10 is padded.
    const bban = Array.from({ length: 200 }, (_, i) => String(i).padStart(23, '0')).find((b) => Number(ibanCheckDigits('FR', b)) < 10)!;
    expect(ibanCheckDigits('FR', bban)).toMatch(/^0\d$/);
    // A + FR00 reads 10 15 27 00; Z + FR00 reads 35 15 27 00.
    expect(ibanCheckDigits('FR', 'A')).toBe(String(98 - (10152700 % 97)).padStart(2, '0'));
    expect(ibanCheckDigits('FR', 'Z')).toBe(String(98 - (35152700 % 97)).padStart(2, '0'));
  });

  it('ibanMod97 is null for anything but 2 letters, 2 digits and alphanumerics', () => {
    for (const v of ['FR7630006000011234567890189x', 'xFR7630006000011234567890189', 'FR7', 'F17630006', 'FR7A30006000011234567890189', 'fr7630006000011234567890189', 'FR76', 'FR76 3000']) {
      expect(ibanMod97(v), v).toBeNull();
    }
    expect(ibanMod97('FR7630006000011234567890189')).toBe(1);
    expect(ibanMod97('GB82WEST12345698765432')).toBe(1);
    expect(isValidIban('FR7630006000011234567890189')).toBe(true);
  });
});

describe('error messages name the bad input', () => {
  it('every helper that throws says what it expected and what it got', () => {
    expect(() => uaiLetter('12')).toThrow(new RangeError('uaiLetter: 7 digits expected, got "12"'));
    expect(() => spiKey('12')).toThrow(new RangeError('spiKey: 10 digits expected, got "12"'));
    expect(() => tvaKey('12')).toThrow(new RangeError('tvaKey: a 9-digit SIREN is expected, got "12"'));
    expect(() => luhnCheckDigit('1a')).toThrow(new RangeError('luhnCheckDigit: digits expected, got "1a"'));
    expect(() => identifierInfo('nope' as never)).toThrow(new RangeError('unknown identifier kind "nope"'));
  });
});

describe('INE forms are whole-value shapes', () => {
  it.each([
    ['1234567890A', 'bea'],
    ['1234567890a', 'bea'],
    ['123456789AB', 'rnie'],
    ['1234A12345F', 'apprentissage'],
    ['A234567890A', 'other'],
    ['12345678901', 'other'],
    ['A23456789AB', 'other'],
    ['123456789A1', 'other'],
    ['A234A12345F', 'other'],
    ['1234A123451', 'other'],
  ])('%s → %s', (value, form) => {
    expect(ineForm(value)).toBe(form);
  });
});

describe('malformed values are refused before any arithmetic', () => {
  it('nirKey, isValidNir, isValidSiret', () => {
    expect(nirKey(42 as unknown as string)).toBeNull();
    expect(nirKey('2530A2A073004')).toBeNull();
    expect(isValidNir('2530A2A07300443')).toBe(false);
    expect(isValidNir('25307 2A07300443')).toBe(false);
    expect(isValidSiret('130025265 0013')).toBe(false);
    expect(isValidSiret('1300252650001.')).toBe(false);
  });
});

describe('identifierInfo, computed inside each test', () => {
  it.each(IDENTIFIER_KINDS.map((k) => [k]))('%s: hasCheck and badCheck agree, samples are fresh lists without duplicates', (kind) => {
    const info = identifierInfo(kind);
    expect(info.hasCheck).toBe(info.badCheck !== undefined);
    expect('badCheck' in info).toBe(info.hasCheck);
    expect(new Set(info.malformed).size).toBe(info.malformed.length);
    expect(new Set(info.valid).size).toBe(info.valid.length);
  });

  it('the kinds with a check algorithm', () => {
    expect(IDENTIFIER_KINDS.filter((k) => identifierInfo(k).hasCheck)).toEqual(['siren', 'siret', 'tva', 'eori', 'uai', 'nir', 'spi', 'iban']);
  });
});
