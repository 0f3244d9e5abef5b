import { describe, expect, it } from 'vitest';
import {
  LA_POSTE_SIEGE_SIRET, UAI_ALPHABET,
  ibanCheckDigits, ibanMod97, ineForm, isLaPosteSiret, isValidCodePostal, isValidCogCommune, isValidCogPays,
  isValidEori, isValidIban, isValidIdcc, isValidIne, isValidNaf, isValidNic, isValidNir, isValidNumeroAllocataire,
  isValidReferenceAvis, isValidRna, isValidSiren, isValidSiret, isValidSpi, isValidTelephone, isValidTva,
  isValidUai, luhn, luhnCheckDigit, nirKey, ribKey, spiKey, tvaKey, uaiLetter,
} from '../../src/identifiers/index.js';

/** Digit sum, recomputed independently of the library. */
const digitSum = (s: string): number => [...s].reduce((acc, c) => acc + Number(c), 0);

describe('luhn', () => {
  it('accepts known Luhn-valid numbers', () => {
    for (const v of ['0', '18', '79927398713', '130025265', '005572466', '13002526500013', '4539578763621486']) {
      expect(luhn(v), v).toBe(true);
    }
  });
  it('rejects Luhn-invalid numbers', () => {
    for (const v of ['1', '79927398710', '130025266', '13002526500014']) expect(luhn(v), v).toBe(false);
  });
  it('rejects empty strings and non-digits', () => {
    for (const v of ['', ' ', '13002526 5', '1300252 65', 'a', '１３']) expect(luhn(v), JSON.stringify(v)).toBe(false);
  });
  it('computes the check digit', () => {
    expect(luhnCheckDigit('13002526')).toBe('5');
    expect(luhnCheckDigit('7992739871')).toBe('3');
    expect(luhnCheckDigit('0000000')).toBe('0');
    expect(() => luhnCheckDigit('')).toThrow(RangeError);
    expect(() => luhnCheckDigit('12a')).toThrow(RangeError);
  });
});

describe('SIREN', () => {
  it('accepts catalogue SIRENs, with leading zeros', () => {
    for (const v of ['005572466', '130025265', '356000000', '552100554', '732829320', '000000000']) {
      expect(isValidSiren(v), v).toBe(true);
    }
  });
  it('rejects a wrong key and malformed values', () => {
    for (const v of ['130025266', '005572467', '13002526', '13002526A', '1300252650', ' 130025265', '130 025 265', '']) {
      expect(isValidSiren(v), JSON.stringify(v)).toBe(false);
    }
  });
});

describe('SIRET', () => {
  it('accepts ordinary SIRETs', () => {
    for (const v of ['13002526500013', '73282932000074', '00557246600018', '00000000000000']) {
      expect(isValidSiret(v), v).toBe(true);
    }
  });
  it('rejects a wrong key and malformed values', () => {
    for (const v of ['13002526500014', '1300252650001', '130025265000130', '1300252650001A', ' 13002526500013', '']) {
      expect(isValidSiret(v), JSON.stringify(v)).toBe(false);
    }
  });
  it('requires the SIREN part to be Luhn-valid even when the 14 digits pass Luhn', () => {
    const body = '1300252660001'; // SIREN 130025266 is Luhn-invalid
    const siret = body + luhnCheckDigit(body);
    expect(luhn(siret)).toBe(true);
    expect(isValidSiren(siret.slice(0, 9))).toBe(false);
    expect(isValidSiret(siret)).toBe(false);
  });

  describe('La Poste exception', () => {
    it('the siège 35600000000048 follows Luhn (digit sum not divisible by 5)', () => {
      expect(LA_POSTE_SIEGE_SIRET).toBe('35600000000048');
      expect(luhn('35600000000048')).toBe(true);
      expect(digitSum('35600000000048') % 5).not.toBe(0);
      expect(isLaPosteSiret('35600000000048')).toBe(false);
      expect(isValidSiret('35600000000048')).toBe(true);
    });
    it('accepts an establishment whose digit sum is divisible by 5 though Luhn-invalid', () => {
      for (const v of ['35600000000001', '35600000012346', '35600000000010']) {
        expect(luhn(v), v).toBe(false);
        expect(digitSum(v) % 5, v).toBe(0);
        expect(isLaPosteSiret(v)).toBe(true);
        expect(isValidSiret(v), v).toBe(true);
      }
    });
    it('rejects an establishment that is Luhn-valid but whose digit sum is not divisible by 5', () => {
      for (const v of ['35600000000014', '35600000000022', '35600000000030']) {
        expect(luhn(v), v).toBe(true);
        expect(digitSum(v) % 5, v).not.toBe(0);
        expect(isValidSiret(v), v).toBe(false);
      }
    });
    it('accepts an establishment that satisfies both rules', () => {
      expect(luhn('35600000000006')).toBe(true);
      expect(digitSum('35600000000006') % 5).toBe(0);
      expect(isValidSiret('35600000000006')).toBe(true);
    });
    it('does not apply the digit-sum rule to other SIRENs', () => {
      // 13002526500001: digit sum 25, divisible by 5, but Luhn-invalid and not La Poste
      expect(digitSum('13002526500001') % 5).toBe(0);
      expect(luhn('13002526500001')).toBe(false);
      expect(isValidSiret('13002526500001')).toBe(false);
    });
  });
});

describe('NIC', () => {
  it('is format only: 5 digits', () => {
    expect(isValidNic('00013')).toBe(true);
    expect(isValidNic('99999')).toBe(true);
    for (const v of ['0001', '000130', '0001A', '']) expect(isValidNic(v)).toBe(false);
  });
});

describe('RNA', () => {
  it('accepts the W-form, including a letter in third position', () => {
    for (const v of ['W751212517', 'W9R1011072', 'W2A1000123', 'W000000000']) expect(isValidRna(v), v).toBe(true);
  });
  it('accepts the legacy form', () => {
    for (const v of ['0751001234', '0123004567']) expect(isValidRna(v), v).toBe(true);
  });
  it('rejects malformed values', () => {
    for (const v of ['W75121251', 'W7512125170', 'X751212517', 'w751212517', 'WA51212517', 'W75121251A', '0751011234', '751212517', '']) {
      expect(isValidRna(v), v).toBe(false);
    }
  });
});

describe('TVA intracommunautaire', () => {
  it('computes the DINUM key: FR07130025265', () => {
    expect(tvaKey('130025265')).toBe('07');
    expect(isValidTva('FR07130025265')).toBe(true);
  });
  it('computes keys from the formula (12 + 3 × (SIREN mod 97)) mod 97, zero-padded', () => {
    expect(tvaKey('000000000')).toBe('12');
    expect(tvaKey('005572466')).toBe('42');
    expect(tvaKey('356000000')).toBe('39');
    for (const siren of ['130025265', '552100554', '732829320', '999999999', '000000097']) {
      const expected = (12 + 3 * (Number(siren) % 97)) % 97;
      expect(Number(tvaKey(siren))).toBe(expected);
      expect(tvaKey(siren)).toMatch(/^\d{2}$/);
    }
  });
  it('rejects a wrong key, a Luhn-invalid SIREN with the right key, and malformed values', () => {
    expect(isValidTva('FR08130025265')).toBe(false);
    expect(isValidTva(`FR${tvaKey('130025266')}130025266`)).toBe(false);
    for (const v of ['FR0713002526', 'FR071300252650', '07130025265', 'fr07130025265', 'FR 07130025265', '']) {
      expect(isValidTva(v), v).toBe(false);
    }
  });
  it('throws on a malformed SIREN', () => {
    expect(() => tvaKey('12345678')).toThrow(RangeError);
    expect(() => tvaKey('12345678A')).toThrow(RangeError);
  });
});

describe('EORI', () => {
  it('is FR + a valid SIRET', () => {
    expect(isValidEori('FR13002526500013')).toBe(true);
    expect(isValidEori('FR35600000000001')).toBe(true); // La Poste rule applies to the SIRET part
    expect(isValidEori('FR13002526500014')).toBe(false);
    expect(isValidEori('13002526500013')).toBe(false);
    expect(isValidEori('DE13002526500013')).toBe(false);
    expect(isValidEori('FR1300252650001')).toBe(false);
  });
});

describe('UAI', () => {
  it('computes the check letter: 0210015C', () => {
    expect(uaiLetter('0210015')).toBe('C');
    expect(isValidUai('0210015C')).toBe(true);
  });
  it('uses the 23-letter alphabet without I, O, Q', () => {
    expect(UAI_ALPHABET).toHaveLength(23);
    for (const c of ['I', 'O', 'Q']) expect(UAI_ALPHABET).not.toContain(c);
    expect(uaiLetter('0000000')).toBe('A');
    expect(uaiLetter('0000022')).toBe('Z');
    expect(uaiLetter('0000023')).toBe('A');
    expect(uaiLetter('0000008')).toBe('J'); // I skipped
  });
  it('accepts other real UAIs and rejects wrong letters and malformed values', () => {
    expect(isValidUai('0750654D')).toBe(true);
    for (const v of ['0210015D', '0210015c', '0210015', '02100150C', '021001C', '']) expect(isValidUai(v), v).toBe(false);
  });
  it('throws on malformed input', () => {
    expect(() => uaiLetter('021001')).toThrow(RangeError);
    expect(() => uaiLetter('021001A')).toThrow(RangeError);
  });
});

describe('INE (format only)', () => {
  it('accepts the known families', () => {
    expect(ineForm('1234567890A')).toBe('bea');
    expect(ineForm('123456789AB')).toBe('rnie');
    expect(ineForm('1234A12345F')).toBe('apprentissage');
    expect(ineForm('AB12CD34EF5')).toBe('other');
    for (const v of ['1234567890A', '123456789AB', '1234A12345F', '1234567890a']) expect(isValidIne(v), v).toBe(true);
  });
  it('does not verify a check letter, even on the INE-BEA shape', () => {
    // The same 10 digits with any letter are all accepted: documented decision (no confirmed algorithm).
    for (const letter of ['A', 'B', 'Z']) expect(isValidIne(`1234567890${letter}`)).toBe(true);
  });
  it('rejects malformed values', () => {
    for (const v of ['1234567890', '1234567890AB', '123456789-A', ' 1234567890A', '']) {
      expect(isValidIne(v), v).toBe(false);
      expect(ineForm(v)).toBeNull();
    }
  });
});

describe('NIR', () => {
  it('accepts the catalogue NIR with department 2A: 253072A07300443', () => {
    expect(nirKey('253072A073004')).toBe(43);
    expect(isValidNir('253072A07300443')).toBe(true);
  });
  it('computes 2A as 19 and 2B as 18', () => {
    expect(nirKey('253072A073004')).toBe(97 - (2530719073004 % 97));
    expect(nirKey('180012B033012')).toBe(97 - (1800118033012 % 97));
    expect(isValidNir('180012B03301287')).toBe(true);
    // The same body read with 2A instead of 2B gives another key.
    expect(nirKey('180012A033012')).not.toBe(nirKey('180012B033012'));
  });
  it('computes keys on ordinary NIRs, keys ranging 01..97', () => {
    expect(nirKey('2690549588157')).toBe(80);
    expect(nirKey('1891275125012')).toBe(82);
    expect(nirKey('2620875032039')).toBe(77);
    expect(isValidNir('269054958815780')).toBe(true);
    expect(isValidNir('185079935004542')).toBe(true);
  });
  it('rejects wrong keys and malformed values', () => {
    for (const v of ['253072A07300444', '253072B07300443', '253072C07300443', '25307207300443', '2530720730044300', '553072A07300443', '']) {
      expect(isValidNir(v), v).toBe(false);
    }
  });
  it('returns null for a malformed body', () => {
    for (const v of ['253072A07300', '253072A0730043', '2530A2207300A', '2A3072207300A', '']) expect(nirKey(v), v).toBeNull();
  });
});

describe('SPI (numéro fiscal)', () => {
  it('accepts the catalogue SPI 3023217600053', () => {
    expect(spiKey('3023217600')).toBe('053');
    expect(isValidSpi('3023217600053')).toBe(true);
  });
  it('computes (first 10 digits) mod 511, zero-padded', () => {
    expect(spiKey('0000000000')).toBe('000');
    expect(spiKey('0000000001')).toBe('001');
    expect(spiKey('0000000511')).toBe('000');
    expect(spiKey('3999999999')).toBe(String(3999999999 % 511).padStart(3, '0'));
  });
  it('rejects wrong keys, a first digit above 3 and malformed values', () => {
    for (const v of ['3023217600054', '4023217600053', '302321760005', '30232176000531', '302321760005A', '']) {
      expect(isValidSpi(v), v).toBe(false);
    }
  });
  it('throws on malformed input', () => {
    expect(() => spiKey('302321760')).toThrow(RangeError);
  });
});

describe('IBAN', () => {
  it('accepts published French IBAN examples', () => {
    expect(isValidIban('FR7630006000011234567890189')).toBe(true);
    expect(isValidIban('FR1420041010050500013M02606')).toBe(true);
  });
  it('builds a real-format IBAN from a RIB, then validates it', () => {
    const bank = '30004';
    const branch = '00003';
    const account = '12345678901';
    const key = ribKey(bank, branch, account);
    expect(key).toBe('43');
    const bban = `${bank}${branch}${account}${key}`;
    const iban = `FR${ibanCheckDigits('FR', bban)}${bban}`;
    expect(iban).toBe('FR7630004000031234567890143');
    expect(isValidIban(iban)).toBe(true);
    expect(ibanMod97(iban)).toBe(1);
  });
  it('computes RIB keys of the published examples, letters in the account included', () => {
    expect(ribKey('30006', '00001', '12345678901')).toBe('89');
    expect(ribKey('20041', '01005', '0500013M026')).toBe('06');
  });
  it('rejects a wrong check, other countries and malformed values', () => {
    for (const v of [
      'FR7630006000011234567890188', 'FR7730006000011234567890189', 'DE89370400440532013000',
      'FR76 3000 6000 0112 3456 7890 189', 'fr7630006000011234567890189', 'FR763000600001123456789018', '',
    ]) {
      expect(isValidIban(v), v).toBe(false);
    }
  });
  it('validates a foreign IBAN with the generic helper only', () => {
    expect(ibanMod97('DE89370400440532013000')).toBe(1);
    expect(ibanMod97('not an iban')).toBeNull();
  });
});

describe('codes without check algorithm', () => {
  it('NAF accepts both forms', () => {
    for (const v of ['62.01Z', '6201Z', '84.11Z', '8411Z', '01.11Z']) expect(isValidNaf(v), v).toBe(true);
    for (const v of ['62.01', '6201', '620.1Z', '62-01Z', '62.01z', '62.01ZZ', '']) expect(isValidNaf(v), v).toBe(false);
  });
  it('IDCC is a 4-digit string', () => {
    expect(isValidIdcc('0044')).toBe(true);
    for (const v of ['44', '01486', '148A']) expect(isValidIdcc(v), v).toBe(false);
  });
  it('code postal is 5 digits', () => {
    expect(isValidCodePostal('01000')).toBe(true);
    for (const v of ['1000', '7500A', '2A000', '750011']) expect(isValidCodePostal(v), v).toBe(false);
  });
  it('COG commune: metropolitan, Corsica, overseas, form only', () => {
    for (const v of ['75056', '01053', '2A004', '2B033', '97411', '97801', '98735', '95127']) {
      expect(isValidCogCommune(v), v).toBe(true);
    }
    for (const v of ['00123', '96001', '97901', '98301', '2C004', '99100', '7505', '']) {
      expect(isValidCogCommune(v), v).toBe(false);
    }
  });
  it('COG pays starts with 99', () => {
    expect(isValidCogPays('99100')).toBe(true);
    for (const v of ['98100', '9910', '991000']) expect(isValidCogPays(v), v).toBe(false);
  });
  it('telephone accepts the three prefixes without separators', () => {
    for (const v of ['0123456789', '+33123456789', '0033123456789', '0639980000']) expect(isValidTelephone(v), v).toBe(true);
    for (const v of ['0023456789', '+330123456789', '01 23 45 67 89', '012345678', '123456789', '']) {
      expect(isValidTelephone(v), v).toBe(false);
    }
  });
  it('référence d’avis and numéro allocataire', () => {
    expect(isValidReferenceAvis('1900A12345678')).toBe(true);
    expect(isValidReferenceAvis('1900a12345678')).toBe(false);
    expect(isValidReferenceAvis('1900A1234567')).toBe(false);
    expect(isValidNumeroAllocataire('0000354')).toBe(true);
    expect(isValidNumeroAllocataire('354')).toBe(true);
    expect(isValidNumeroAllocataire('12345678')).toBe(false);
    expect(isValidNumeroAllocataire('')).toBe(false);
  });
});
