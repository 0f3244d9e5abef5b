import type { Rule } from '../../src/lint/rule.js';
import operationsSecured from './operations-secured.js';
import credentialsInHeader from './credentials-in-header.js';
import oauth2Flows from './oauth2-flows.js';
import preferredSchemes from './preferred-schemes.js';
import unauthorizedDocumented from './unauthorized-documented.js';
import scopesPerOperation from './scopes-per-operation.js';

export const rules: Rule[] = [operationsSecured, credentialsInHeader, oauth2Flows, preferredSchemes, unauthorizedDocumented, scopesPerOperation];
