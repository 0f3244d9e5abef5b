import { defineRule } from '../../src/lint/rule.js';
import { isObject } from '../../src/load/spec.js';

/** Usage terms given in prose instead of a `license` object. */
const USAGE_TERMS = /(licen[cs]e|conditions (g[ée]n[ée]rales )?d'utilisation|conditions de r[ée]utilisation|terms of (use|service)|usage terms)/i;

/** DOC-04: `info.termsOfService` (CGU) and a `license` (or usage terms). */
export default defineRule({
  meta: { id: 'bouquet-terms-license', convention: 'DOC-04' },
  check(ctx) {
    const root = ctx.spec.root;
    const data = isObject(root.data) ? root.data : {};
    // No `info` at all is DOC-02/DOC-03's finding.
    if (!isObject(data.info)) return;
    const info = data.info;
    const at = { doc: root, path: ['info'] };
    if (typeof info.termsOfService !== 'string' || info.termsOfService.trim() === '') ctx.report(at, 'noTerms');
    const license = info.license;
    if (isObject(license)) {
      if (typeof license.name !== 'string' || license.name.trim() === '') ctx.report({ doc: root, path: ['info', 'license'] }, 'licenseNoName');
    } else if (!(typeof info.description === 'string' && USAGE_TERMS.test(info.description))) {
      ctx.report(at, 'noLicense');
    }
  },
});
