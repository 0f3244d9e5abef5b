/** What a spec says about a field, at the edges: length bounds, stated lengths, words that contradict a kind, lists. */
import { describe, expect, it } from 'vitest';
import { confirmKinds, documentedAsList, listValues, statedLengths } from '../../src/identifiers/index.js';

describe('statedLengths at the edges', () => {
  it.each([
    ['9 chiffres', [9]],
    ['en 14 caracteres', [14]],
    ['sur 5 caractère', [5]],
    ['9 digits', [9]],
    ['13 characters long', [13]],
    ['1 character', [1]],
    ['12 caractères alphanumériques, puis rien', [12]],
    ['123 caractères', []],
    ['x9chiffres', [9]],
    ['5 chiffres et 2 lettres', []],
    ['5 chiffres + 2 lettres', []],
    ['5 chiffres suivis de 2 lettres', []],
    ['5 chiffres puis 2 lettres', []],
    ['5 digits followed by a letter', []],
    ['5 digits and a letter', []],
    ['une lettre suivie de 9 chiffres', []],
    ['une lettre suivie par 9 chiffres', []],
    ['une lettre puis 9 chiffres', []],
    ['une lettre + 9 chiffres', []],
    ['une lettre et 9 chiffres', []],
    ['une lettre et de 9 chiffres', []],
    ['a letter followed by 9 digits', []],
    ['a letter and 9 digits', []],
    ['Le code (5 chiffres). Le libellé (40 caractères).', [5, 40]],
    ['', []],
  ] as [string, number[]][])('%j → %j', (description, lengths) => {
    expect(statedLengths(description)).toEqual(lengths);
  });
});

describe('confirmKinds at the edges', () => {
  it('no kind: nothing to confirm', () => {
    expect(confirmKinds([], { description: 'SIREN' })).toEqual([]);
  });

  it('schema lengths: a maxLength below the shortest form or a minLength above the longest drops the kind', () => {
    // siren: 9 to 11 characters.
    expect(confirmKinds(['siren'], { maxLength: 8 })).toEqual([]);
    expect(confirmKinds(['siren'], { maxLength: 9 })).toEqual(['siren']);
    expect(confirmKinds(['siren'], { minLength: 11 })).toEqual(['siren']);
    expect(confirmKinds(['siren'], { minLength: 12 })).toEqual([]);
  });

  it('stated lengths: one within the range keeps the kind, none within drops it', () => {
    expect(confirmKinds(['siren'], { description: 'sur 8 caractères' })).toEqual([]);
    expect(confirmKinds(['siren'], { description: 'sur 9 caractères' })).toEqual(['siren']);
    expect(confirmKinds(['siren'], { description: 'sur 11 caractères' })).toEqual(['siren']);
    expect(confirmKinds(['siren'], { description: 'sur 12 caractères' })).toEqual([]);
    expect(confirmKinds(['siren'], { description: 'sur 12 caractères ou 9 caractères' })).toEqual(['siren']);
  });

  it('keeps the kinds that are not contradicted, in order', () => {
    expect(confirmKinds(['siren', 'rna'], { description: 'sur 10 caractères' })).toEqual(['siren', 'rna']);
    expect(confirmKinds(['siren', 'siret'], { description: 'sur 14 caractères' })).toEqual(['siret']);
  });

  it('an invariant is not a numéro fiscal; a local is not, unless a person is named too', () => {
    expect(confirmKinds(['spi'], { description: "L'invariant du bien" })).toEqual([]);
    expect(confirmKinds(['spi'], { description: 'Identifiant du local' })).toEqual([]);
    expect(confirmKinds(['spi'], { description: "Identifiant de l'immeuble" })).toEqual([]);
    expect(confirmKinds(['spi'], { description: 'Identifiant fiscal du contribuable occupant le local' })).toEqual(['spi']);
    expect(confirmKinds(['spi'], { description: 'Numéro fiscal de la personne' })).toEqual(['spi']);
    expect(confirmKinds(['spi'], { description: 'Identifiant du cadastre' })).toEqual(['spi']);
  });

  it('a département or a région is not a commune, unless the commune is named too', () => {
    expect(confirmKinds(['cog_commune'], { description: 'Code du département' })).toEqual([]);
    expect(confirmKinds(['cog_commune'], { description: 'Code de la région' })).toEqual([]);
    expect(confirmKinds(['cog_commune'], { description: 'Code de la commune (département + numéro)' })).toEqual(['cog_commune']);
    expect(confirmKinds(['cog_commune'], { description: 'Code cadastral de la commune' })).toEqual([]);
    // Words only count for their own kind.
    expect(confirmKinds(['siren'], { description: 'Code du département cadastral' })).toEqual(['siren']);
  });

  it('words are read without accents and split at camel case', () => {
    expect(confirmKinds(['cog_commune'], { description: 'codeDépartement' })).toEqual([]);
    expect(confirmKinds(['cog_commune'], { description: 'CODE DÉPARTEMENT' })).toEqual([]);
  });

  it('a description that is not text is no evidence', () => {
    expect(confirmKinds(['cog_commune'], { description: 3 as unknown as string })).toEqual(['cog_commune']);
  });

  it('a `tva` of type number is a VAT amount unless the name says number, id or code', () => {
    for (const name of ['numero_tva', 'num_tva', 'no_tva', 'tva_number', 'id_tva', 'identifiant_tva', 'code_tva', 'tva_intracommunautaire', 'numeroTva']) {
      expect([name, confirmKinds(['tva'], { types: ['number'] }, name)]).toEqual([name, ['tva']]);
    }
    for (const name of ['tva', 'montant_tva', '']) expect([name, confirmKinds(['tva'], { types: ['number'] }, name)]).toEqual([name, []]);
    expect(confirmKinds(['tva'], { types: ['string'] }, 'tva')).toEqual(['tva']);
    expect(confirmKinds(['tva'], {}, 'tva')).toEqual(['tva']);
    expect(confirmKinds(['siren'], { types: ['number'] }, 'siren')).toEqual(['siren']);
  });
});

describe('lists', () => {
  it.each([
    ['séparés par des virgules', true],
    ['separees par une virgule', true],
    ['séparée par virgule', true],
    ['comma-separated', true],
    ['comma separated values', true],
    ['separated by commas', true],
    ['separated by comma', true],
    ['liste de codes', true],
    ['liste de identifiants', true],
    ['plusieurs valeurs', true],
    ['plusieurs identifiants possibles', true],
    ['plusieurs codes', true],
    ['une liste', false],
    ['séparés par des points', false],
  ] as [string, boolean][])('%j → %s', (description, list) => {
    expect(documentedAsList(description)).toBe(list);
  });

  it('a non-exploded array is a list; an exploded one, or a string, is not', () => {
    expect(documentedAsList(undefined, { explode: false, types: ['array'] })).toBe(true);
    expect(documentedAsList(undefined, { explode: true, types: ['array'] })).toBe(false);
    expect(documentedAsList(undefined, { types: ['array'] })).toBe(false);
    expect(documentedAsList(undefined, { explode: false, types: ['string'] })).toBe(false);
    expect(documentedAsList(undefined, { explode: false })).toBe(false);
    expect(documentedAsList(undefined)).toBe(false);
    expect(documentedAsList(42, { explode: false, types: ['array'] })).toBe(true);
  });

  it('listValues splits on commas, trims, drops empty values', () => {
    expect(listValues('38540,38189')).toEqual(['38540', '38189']);
    expect(listValues(' a , b ,, c ,')).toEqual(['a', 'b', 'c']);
    expect(listValues('')).toEqual([]);
    expect(listValues('one')).toEqual(['one']);
  });
});
