import { describe, expect, it } from 'vitest';
import {
  IDENTIFIER_KINDS, identifierInfo, patternExpectations, validateIdentifier, type IdentifierKind,
} from '../../src/identifiers/index.js';

const EXPECTED_KINDS: IdentifierKind[] = [
  'siren', 'siret', 'nic', 'rna', 'tva', 'eori', 'naf', 'idcc', 'code_postal', 'cog_commune', 'cog_pays', 'uai',
  'ine', 'nir', 'spi', 'reference_avis', 'numero_allocataire', 'iban', 'telephone',
];

const WITH_CHECK: IdentifierKind[] = ['siren', 'siret', 'tva', 'eori', 'uai', 'nir', 'spi', 'iban'];

describe('IDENTIFIER_KINDS', () => {
  it('lists the 19 kinds, once each', () => {
    expect([...IDENTIFIER_KINDS].sort()).toEqual([...EXPECTED_KINDS].sort());
    expect(new Set(IDENTIFIER_KINDS).size).toBe(IDENTIFIER_KINDS.length);
  });
  it('is frozen', () => {
    expect(Object.isFrozen(IDENTIFIER_KINDS)).toBe(true);
  });
});

describe('validateIdentifier', () => {
  it('checks the format first, then the check algorithm', () => {
    expect(validateIdentifier('siren', '130025265')).toEqual({ ok: true });
    expect(validateIdentifier('siren', '130025266')).toEqual({ ok: false, reason: 'checksum' });
    expect(validateIdentifier('siren', '13002526')).toEqual({ ok: false, reason: 'format' });
    expect(validateIdentifier('siren', '13002526A')).toEqual({ ok: false, reason: 'format' });
    expect(validateIdentifier('tva', 'FR07130025265')).toEqual({ ok: true });
    expect(validateIdentifier('tva', 'FR08130025265')).toEqual({ ok: false, reason: 'checksum' });
    expect(validateIdentifier('nir', '253072A07300443')).toEqual({ ok: true });
    expect(validateIdentifier('nir', '253072C07300443')).toEqual({ ok: false, reason: 'format' });
    expect(validateIdentifier('uai', '0210015C')).toEqual({ ok: true });
    expect(validateIdentifier('uai', '0210015D')).toEqual({ ok: false, reason: 'checksum' });
    expect(validateIdentifier('spi', '3023217600053')).toEqual({ ok: true });
    expect(validateIdentifier('siret', '35600000000001')).toEqual({ ok: true });
  });
  it('never reports a checksum problem for kinds without a check', () => {
    for (const kind of IDENTIFIER_KINDS) {
      if (identifierInfo(kind).hasCheck) continue;
      for (const v of identifierInfo(kind).malformed) {
        expect(validateIdentifier(kind, v), `${kind} ${JSON.stringify(v)}`).toEqual({ ok: false, reason: 'format' });
      }
    }
  });
  it('rejects non-string values as format errors', () => {
    expect(validateIdentifier('siren', 130025265 as unknown as string)).toEqual({ ok: false, reason: 'format' });
    expect(validateIdentifier('siren', undefined as unknown as string)).toEqual({ ok: false, reason: 'format' });
  });
  it('throws on an unknown kind', () => {
    expect(() => validateIdentifier('passport' as IdentifierKind, 'x')).toThrow(RangeError);
    expect(() => identifierInfo('passport' as IdentifierKind)).toThrow(RangeError);
  });
});

describe('identifierInfo is self-consistent for every kind', () => {
  for (const kind of EXPECTED_KINDS) {
    describe(kind, () => {
      const info = identifierInfo(kind);
      const canonical = new RegExp(info.canonicalPattern);

      it('names its kind and anchors its canonical pattern', () => {
        expect(info.kind).toBe(kind);
        expect(info.canonicalPattern.startsWith('^')).toBe(true);
        expect(info.canonicalPattern.endsWith('$')).toBe(true);
        expect(() => new RegExp(info.canonicalPattern, 'u')).not.toThrow();
      });
      it('has at least 3 valid samples, all passing, all matching the canonical pattern', () => {
        expect(info.valid.length).toBeGreaterThanOrEqual(3);
        for (const v of info.valid) {
          expect(validateIdentifier(kind, v), v).toEqual({ ok: true });
          expect(canonical.test(v), v).toBe(true);
        }
      });
      it('has malformed samples, all failing on format and rejected by the canonical pattern', () => {
        expect(info.malformed.length).toBeGreaterThanOrEqual(5);
        expect(info.malformed).toContain('');
        for (const v of info.malformed) {
          expect(validateIdentifier(kind, v), JSON.stringify(v)).toEqual({ ok: false, reason: 'format' });
          expect(canonical.test(v), JSON.stringify(v)).toBe(false);
        }
      });
      it('has a well-formed, check-valid unknown sample, distinct from the valid ones', () => {
        expect(validateIdentifier(kind, info.unknown)).toEqual({ ok: true });
        expect(info.valid).not.toContain(info.unknown);
      });
      it(`${WITH_CHECK.includes(kind) ? 'has' : 'has no'} check algorithm and a matching badCheck`, () => {
        expect(info.hasCheck).toBe(WITH_CHECK.includes(kind));
        if (info.hasCheck) {
          expect(info.badCheck).toBeDefined();
          expect(canonical.test(info.badCheck as string)).toBe(true);
          expect(validateIdentifier(kind, info.badCheck as string)).toEqual({ ok: false, reason: 'checksum' });
        } else {
          expect(info.badCheck).toBeUndefined();
        }
      });
      it('puts plain, URL-safe values first (used as default probe values)', () => {
        expect(info.valid[0]).toMatch(/^[0-9A-Za-z.+]+$/);
        expect(info.malformed[0]).toMatch(/^[0-9A-Za-z.]+$/);
        expect(info.unknown).toMatch(/^[0-9A-Za-z.+]+$/);
      });
      it('returns frozen sample lists', () => {
        expect(Object.isFrozen(info.valid)).toBe(true);
        expect(Object.isFrozen(info.malformed)).toBe(true);
      });
      it('has pattern expectations drawn from its samples', () => {
        const exp = patternExpectations(kind);
        expect(exp.kind).toBe(kind);
        expect(exp.tolerance.length).toBeGreaterThan(10);
        expect(exp.mustReject).toEqual(info.malformed);
        for (const v of [...exp.mustAccept, ...exp.mustAcceptOneOf.flat()]) expect(info.valid, v).toContain(v);
        expect(exp.mustAccept.length + exp.mustAcceptOneOf.length).toBeGreaterThan(0);
      });
    });
  }
});

describe('catalogue samples required by the specification', () => {
  it('are present', () => {
    const has = (kind: IdentifierKind, v: string): void => {
      expect(identifierInfo(kind).valid, `${kind} ${v}`).toContain(v);
    };
    has('siren', '005572466');
    has('siren', '130025265');
    has('siret', '13002526500013');
    has('siret', '35600000000048');
    has('siret', '35600000012346'); // La Poste establishment (digit-sum rule)
    has('uai', '0210015C');
    has('nir', '253072A07300443');
    has('spi', '3023217600053');
    has('tva', 'FR07130025265');
    has('rna', 'W751212517');
    has('rna', 'W9R1011072');
    has('cog_pays', '99100');
    for (const m of ['13002526', '13002526A', '1300252650', ' 130025265']) {
      expect(identifierInfo('siren').malformed).toContain(m);
    }
  });
  it('unknown values are the all-zero ones where they pass the check', () => {
    expect(identifierInfo('siren').unknown).toBe('000000000');
    expect(identifierInfo('siret').unknown).toBe('00000000000000');
    expect(identifierInfo('eori').unknown).toBe('FR00000000000000');
    expect(identifierInfo('spi').unknown).toBe('0000000000000');
    expect(identifierInfo('uai').unknown).toBe('0000000A');
    expect(identifierInfo('tva').unknown).toBe('FR12000000000');
  });
});
