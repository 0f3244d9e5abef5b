import type { Rule } from '../../src/lint/rule.js';
import traceabilityParams from './traceability-params.js';

export const rules: Rule[] = [traceabilityParams];
