import { defineRule } from '../../src/lint/rule.js';
import { reportMissingPatterns } from './pattern-missing.js';

/**
 * ID-02 (MUST part): identifier inputs constrain their format. Inputs are parameters and request
 * body properties: both are what a caller sends, and what the producer must reject when malformed.
 */
export default defineRule({
  meta: { id: 'bouquet-identifier-pattern', convention: 'ID-02' },
  check(ctx) {
    reportMissingPatterns(ctx, (field) => field.input);
  },
});
