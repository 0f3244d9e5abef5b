import type { Rule } from '../../src/lint/rule.js';
import jsonResponses from './json-responses.js';
import jsonVendorType from './json-vendor-type.js';
import casingConsistent from './casing-consistent.js';
import casingSnake from './casing-snake.js';
import successObject from './success-object.js';
import closedObjects from './closed-objects.js';
import successEnvelope from './success-envelope.js';
import lookupGet from './lookup-get.js';
import lookupPostPersonal from './lookup-post-personal.js';
import particulierNames from './particulier-names.js';

export const rules: Rule[] = [
  jsonResponses,
  jsonVendorType,
  casingConsistent,
  casingSnake,
  successObject,
  closedObjects,
  successEnvelope,
  lookupGet,
  lookupPostPersonal,
  particulierNames,
];
