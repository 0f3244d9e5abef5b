import type { Rule } from '../../src/lint/rule.js';
import wellFormed from './well-formed.js';
import coverage from './coverage.js';
import limitCases from './limit-cases.js';
import noPersonalData from './no-personal-data.js';

export const rules: Rule[] = [wellFormed, coverage, limitCases, noPersonalData];
