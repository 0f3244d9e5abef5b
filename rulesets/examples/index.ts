import type { Rule } from '../../src/lint/rule.js';
import identifierExamples from './identifier-examples.js';
import documentedFields from './documented-fields.js';
import validExamples from './valid-examples.js';

export const rules: Rule[] = [identifierExamples, documentedFields, validExamples];
