import type { RuleTexts } from '../types.js';

const CASE_FILE =
  "```yaml\ntitle: Entreprise non trouvée\ndescription: SIREN unknown to the register\nparams:\n  siren: '000000000'\nstatus: 404\npayload: |-\n  {\n    \"errors\": [\n      { \"code\": \"00404\", \"title\": \"Entité non trouvée\", \"detail\": \"Aucune entreprise n'est immatriculée sous ce numéro.\" }\n    ]\n  }\n```";

export const rules: Record<string, RuleTexts> = {
  'bouquet-case-well-formed': {
    title: 'Well-formed test cases',
    fix: `Every test case has its four fields (\`params\`, \`status\`, \`payload\`, \`description\`), a status the sandbox accepts (200, 400, 403, 404, 409, 422, 429, 500, 502, 503, 504), a JSON \`payload\` valid against the schema documented for that status, and \`params\` of its own in the folder:\n${CASE_FILE}`,
    messages: {
      unreadable: 'Test case "{file}" cannot be read: {detail}.',
      noOperation: 'No operation of the document matches test-case folder "{folder}" (neither by its name nor by its params).',
      badField: 'Field "{field}" is missing or has the wrong type.',
      duplicateParams: 'These "params" are already those of case "{other}": every case of a folder needs params of its own.',
      badStatus: 'Status {status} is not allowed in a test case (200, 400, 403, 404, 409, 422, 429, 500, 502, 503 or 504).',
      payloadNotJson: 'The "payload" is not valid JSON: {detail}.',
      statusUndocumented: 'Status {status} is not documented for {operation}: the case cannot be checked.',
      payloadType: 'The "payload" does not match the schema of the {status} response of {operation}: at "{pointer}", the expected type is "{expected}".',
      payloadRequired: 'The "payload" does not match the schema of the {status} response of {operation}: at "{pointer}", required key "{property}" is missing.',
      payloadEnum: 'The "payload" does not match the schema of the {status} response of {operation}: at "{pointer}", the value must be one of {allowed}.',
      payloadPattern: 'The "payload" does not match the schema of the {status} response of {operation}: at "{pointer}", the value does not follow pattern "{pattern}".',
      payloadFormat: 'The "payload" does not match the schema of the {status} response of {operation}: at "{pointer}", the value is not in format "{format}".',
      payloadAdditional: 'The "payload" does not match the schema of the {status} response of {operation}: at "{pointer}", key "{property}" is not documented.',
      payloadOther: 'The "payload" does not match the schema of the {status} response of {operation}: at "{pointer}", constraint "{keyword}" is not met.',
    },
  },
  'bouquet-case-coverage': {
    title: 'Test-case coverage',
    fix: `Provide for every operation at least one nominal case (200) and one not-found case (404):\n${CASE_FILE}`,
    messages: {
      no200: 'Folder "{folder}" ({operation}) has no nominal case (status 200).',
      no404: 'Folder "{folder}" ({operation}) has no not-found case (status 404).',
    },
  },
  'bouquet-case-limit-coverage': {
    title: 'Identity limit cases',
    fix: "On an identity route, also cover the bouquet's limit cases: a person born abroad, a typo in the name or first name, too little data (partial first name or birth date):\n```yaml\ntitle: Identity with a typo\ndescription: Limit case, the first name is misspelt\nparams:\n  nomNaissance: DUPONT\n  prenoms: [ALEIXS]\n  anneeDateNaissance: 1980\n  moisDateNaissance: 6\n  jourDateNaissance: 12\n  sexeEtatCivil: F\n  codeCogInseePaysNaissance: '99100'\n  codeCogInseeCommuneNaissance: '75056'\nstatus: 200\npayload: '{\"data\": {}, \"links\": {}, \"meta\": {}}'\n```",
    messages: {
      missingForeign: 'Folder "{folder}" ({operation}) has no case of a person born abroad.',
      missingTypo: 'Folder "{folder}" ({operation}) has no typo or phonetic-error case.',
      missingLittleData: 'Folder "{folder}" ({operation}) has no too-little-data case (partial first name or birth date).',
    },
  },
  'bouquet-case-no-personal-data': {
    title: 'No real personal data',
    fix: "Use fictitious data only, visibly fictitious for person identifiers (e.g. repeated digits or a sequence: `1234567890123`), and never a NIR with a valid key:\n```yaml\nparams:\n  numeroFiscal: '1234567890123'\n```",
    messages: {
      validNir: 'The case contains a social security number (NIR) with a valid key ({value}): it could be real; replace it with a fictitious value.',
      realLooking: 'Identifier "{name}" ({value}) passes its check and is not visibly fictitious: it could belong to a real person.',
    },
  },
};
