import { defineRule } from '../../src/lint/rule.js';
import { reportMissingPatterns } from './pattern-missing.js';

/** ID-02 (SHOULD part): identifier response properties document their format with a pattern. */
export default defineRule({
  meta: { id: 'bouquet-identifier-property-pattern', convention: 'ID-02', level: 'SHOULD' },
  check(ctx) {
    reportMissingPatterns(ctx, (field) => !field.input);
  },
});
