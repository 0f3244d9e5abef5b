import type { Rule } from '../../src/lint/rule.js';
import operationsSecured from './operations-secured.js';
import credentialsInHeader from './credentials-in-header.js';

export const rules: Rule[] = [operationsSecured, credentialsInHeader];
