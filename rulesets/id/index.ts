import type { Rule } from '../../src/lint/rule.js';
import identifierString from './identifier-string.js';
import parameterPattern from './parameter-pattern.js';
import propertyPattern from './property-pattern.js';
import patternRight from './pattern-right.js';
import resourcePaths from './resource-paths.js';
import noNir from './no-nir.js';
import identityPivot from './identity-pivot.js';
import identityNotInPath from './identity-not-in-path.js';
import dateFormat from './date-format.js';

export const rules: Rule[] = [
  identifierString,
  parameterPattern,
  propertyPattern,
  patternRight,
  resourcePaths,
  noNir,
  identityPivot,
  identityNotInPath,
  dateFormat,
];
