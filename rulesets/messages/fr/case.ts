import type { RuleTexts } from '../types.js';

const CASE_FILE =
  "```yaml\ntitle: Entreprise non trouvée\ndescription: SIREN inconnu du registre\nparams:\n  siren: '000000000'\nstatus: 404\npayload: |-\n  {\n    \"errors\": [\n      { \"code\": \"00404\", \"title\": \"Entité non trouvée\", \"detail\": \"Aucune entreprise n'est immatriculée sous ce numéro.\" }\n    ]\n  }\n```";

export const rules: Record<string, RuleTexts> = {
  'bouquet-case-well-formed': {
    title: 'Cas de test bien formés',
    fix: `Chaque cas de test a ses quatre champs (\`params\`, \`status\`, \`payload\`, \`description\`), un statut admis par le bac à sable (200, 400, 403, 404, 409, 422, 429, 500, 502, 503, 504), un \`payload\` JSON conforme au schéma documenté pour ce statut, et des \`params\` propres au dossier :\n${CASE_FILE}`,
    messages: {
      unreadable: "Le cas de test « {file} » ne peut pas être lu : {detail}.",
      noOperation: "Aucune opération du document ne correspond au dossier de cas de test « {folder} » (ni par son nom, ni par ses paramètres).",
      badField: "Le champ « {field} » manque ou n'a pas le bon type.",
      duplicateParams: "Ces « params » sont déjà ceux du cas « {other} » : chaque cas d'un dossier doit avoir ses propres paramètres.",
      badStatus: "Le statut {status} n'est pas admis dans un cas de test (200, 400, 403, 404, 409, 422, 429, 500, 502, 503 ou 504).",
      payloadNotJson: "Le « payload » n'est pas du JSON valide : {detail}.",
      statusUndocumented: "Le statut {status} n'est pas documenté pour {operation} : le cas ne peut pas être vérifié.",
      payloadType: "Le « payload » ne respecte pas le schéma de la réponse {status} de {operation} : en « {pointer} », le type attendu est « {expected} ».",
      payloadRequired: "Le « payload » ne respecte pas le schéma de la réponse {status} de {operation} : en « {pointer} », la clé requise « {property} » manque.",
      payloadEnum: "Le « payload » ne respecte pas le schéma de la réponse {status} de {operation} : en « {pointer} », la valeur doit être l'une de {allowed}.",
      payloadPattern: "Le « payload » ne respecte pas le schéma de la réponse {status} de {operation} : en « {pointer} », la valeur ne suit pas le motif « {pattern} ».",
      payloadFormat: "Le « payload » ne respecte pas le schéma de la réponse {status} de {operation} : en « {pointer} », la valeur n'est pas au format « {format} ».",
      payloadAdditional: "Le « payload » ne respecte pas le schéma de la réponse {status} de {operation} : en « {pointer} », la clé « {property} » n'est pas documentée.",
      payloadOther: "Le « payload » ne respecte pas le schéma de la réponse {status} de {operation} : en « {pointer} », la contrainte « {keyword} » n'est pas respectée.",
    },
  },
  'bouquet-case-coverage': {
    title: 'Couverture des cas de test',
    fix: `Fournissez pour chaque opération au moins un cas nominal (200) et un cas « non trouvé » (404) :\n${CASE_FILE}`,
    messages: {
      no200: "Le dossier « {folder} » ({operation}) n'a aucun cas nominal (statut 200).",
      no404: "Le dossier « {folder} » ({operation}) n'a aucun cas « non trouvé » (statut 404).",
    },
  },
  'bouquet-case-limit-coverage': {
    title: "Cas limites d'identité",
    fix: "Sur une route d'identité, couvrez aussi les cas limites du bouquet : une personne née à l'étranger, une faute de frappe dans le nom ou le prénom, trop peu de données (prénom ou date de naissance partiels) :\n```yaml\ntitle: Identité avec faute de frappe\ndescription: Cas limite, le prénom est mal orthographié\nparams:\n  nomNaissance: DUPONT\n  prenoms: [ALEIXS]\n  anneeDateNaissance: 1980\n  moisDateNaissance: 6\n  jourDateNaissance: 12\n  sexeEtatCivil: F\n  codeCogInseePaysNaissance: '99100'\n  codeCogInseeCommuneNaissance: '75056'\nstatus: 200\npayload: '{\"data\": {}, \"links\": {}, \"meta\": {}}'\n```",
    messages: {
      missingForeign: "Le dossier « {folder} » ({operation}) n'a pas de cas de personne née à l'étranger.",
      missingTypo: "Le dossier « {folder} » ({operation}) n'a pas de cas de faute de frappe ou d'erreur phonétique.",
      missingLittleData: "Le dossier « {folder} » ({operation}) n'a pas de cas avec trop peu de données (prénom ou date de naissance partiels).",
    },
  },
  'bouquet-case-no-personal-data': {
    title: 'Pas de données personnelles réelles',
    fix: "N'utilisez que des données fictives, visiblement fictives pour les identifiants de personnes (par exemple des chiffres répétés ou une suite : `1234567890123`), et jamais un NIR dont la clé est valide :\n```yaml\nparams:\n  numeroFiscal: '1234567890123'\n```",
    messages: {
      validNir: "Le cas contient un numéro de sécurité sociale (NIR) dont la clé est valide ({value}) : il pourrait être réel ; remplacez-le par une valeur fictive.",
      realLooking: "L'identifiant « {name} » ({value}) passe son contrôle et n'a rien de visiblement fictif : il pourrait appartenir à une personne réelle.",
    },
  },
};
