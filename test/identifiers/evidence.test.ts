import { describe, expect, it } from 'vitest';
import { confirmKinds, documentedAsList, statedLengths } from '../../src/identifiers/index.js';

describe('statedLengths: the whole-value lengths a real description states', () => {
  const table: [string, number[]][] = [
    // DGFiP RIAL, SFiP: 3-character commune codes.
    ['Code Insee de la commune de situation du bien (sur 3 caractères pour les départements métropolitains, sur 2 caractères pour les DOM).', [3, 2]],
    ['Code commune, 3 caractères numériques (métropole),  2 caractères numériques (TOM et DOM) (cf nomenclature INSEE)', [3, 2]],
    // DGFiP RIAL: the property invariant; « + 7 caractères » is a part of it.
    ['Identifiant fiscal du local (invariant) composé de 12 caractères : 5 caractères représentant les codes Insee département et commune + 7 caractères réprésentant un numéro séquentiel', [12, 5]],
    ['Code commune (INSEE) en 5 caractères. Ce paramètre filtre sur les établissements', [5]],
    // Parts of a value are not its length: API Entreprise RNA, API Particulier UAI, API Entreprise APE.
    ['Il est constitué de la lettre W suivie de 9 chiffres.', []],
    ['Cet identifiant unique de l’établissement scolaire est composé de 7 chiffres et d’une lettre', []],
    ['Ce code de 4 chiffres + 1 lettre est extrait de la nomenclature', []],
  ];
  for (const [description, lengths] of table) {
    it(description.slice(0, 60), () => expect(statedLengths(description)).toEqual(lengths));
  }
});

describe('confirmKinds', () => {
  it('drops a kind whose length the schema or the description rules out, keeps it otherwise', () => {
    expect(confirmKinds(['cog_commune'], { maxLength: 3 })).toEqual([]);
    expect(confirmKinds(['cog_commune'], { minLength: 5, maxLength: 5 })).toEqual(['cog_commune']);
    expect(confirmKinds(['siren'], { description: 'Le numéro SIREN, 9 chiffres' })).toEqual(['siren']);
  });

  it('drops a commune code said to be cadastral, or the code of a collectivité that is not a commune', () => {
    expect(confirmKinds(['cog_commune'], { description: 'Dans le cas des fusions de communes, il s’agit du code cadastral de la commune absorbée' })).toEqual([]);
    expect(confirmKinds(['cog_commune'], { description: 'Code INSEE de la collectivité territoriale' })).toEqual([]);
    expect(confirmKinds(['cog_commune'], { description: 'Code INSEE de la commune de naissance' })).toEqual(['cog_commune']);
  });

  it('drops a bare `tva` of type number (an amount), not a `numero_tva`', () => {
    expect(confirmKinds(['tva'], { types: ['number'] }, 'mntPrestationTVA')).toEqual([]);
    expect(confirmKinds(['tva'], { types: ['number'] }, 'numero_tva')).toEqual(['tva']);
  });
});

describe('documentedAsList', () => {
  it('reads « séparées par des virgules » and non-exploded arrays', () => {
    expect(documentedAsList('accepte une valeur unique ou une liste de valeurs séparées par des virgules.')).toBe(true);
    expect(documentedAsList('saisir les identifiants de manière successive, séparés par des virgules, et sans espace')).toBe(true);
    expect(documentedAsList(undefined, { explode: false, types: ['array'] })).toBe(true);
    expect(documentedAsList('Code postal en 5 chiffres')).toBe(false);
  });
});
