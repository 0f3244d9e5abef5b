import type { Rule } from '../../src/lint/rule.js';
import openapiVersion from './openapi-version.js';
import validStructure from './valid-structure.js';
import validRefs from './valid-refs.js';
import noDuplicateKeys from './no-duplicate-keys.js';
import validSchemaType from './valid-schema-type.js';
import validSecuritySchemes from './valid-security-schemes.js';
import validParameters from './valid-parameters.js';
import infoContact from './info-contact.js';

export const rules: Rule[] = [
  openapiVersion,
  validStructure,
  validRefs,
  noDuplicateKeys,
  validSchemaType,
  validSecuritySchemes,
  validParameters,
  infoContact,
];
