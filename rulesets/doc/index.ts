import type { Rule } from '../../src/lint/rule.js';
import openapiVersion from './openapi-version.js';
import validStructure from './valid-structure.js';
import validRefs from './valid-refs.js';
import noDuplicateKeys from './no-duplicate-keys.js';
import validSchemaType from './valid-schema-type.js';
import validSecuritySchemes from './valid-security-schemes.js';
import validParameters from './valid-parameters.js';
import validOpenapiSchema from './openapi-schema.js';
import swagger2Valid from './swagger2-valid.js';
import infoContact from './info-contact.js';
import termsLicense from './terms-license.js';
import operationDescriptions from './operation-descriptions.js';
import operationIds from './operation-ids.js';
import tagsConsistent from './tags-consistent.js';
import unusedComponents from './unused-components.js';
import duplicateInlineSchemas from './duplicate-inline-schemas.js';

export const rules: Rule[] = [
  openapiVersion,
  validStructure,
  validRefs,
  noDuplicateKeys,
  validSchemaType,
  validSecuritySchemes,
  validParameters,
  validOpenapiSchema,
  swagger2Valid,
  infoContact,
  termsLicense,
  operationDescriptions,
  operationIds,
  tagsConsistent,
  unusedComponents,
  duplicateInlineSchemas,
];
