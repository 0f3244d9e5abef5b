import { defineRule } from '../../src/lint/rule.js';
import { isObject } from '../../src/load/spec.js';

const REQUIRED = ['title', 'version', 'description'] as const;

/** DOC-03: `info` has title, version, description and a contact e-mail. */
export default defineRule({
  meta: { id: 'bouquet-info-contact', convention: 'DOC-03' },
  check(ctx) {
    const root = ctx.spec.root;
    const info = (root.data as Record<string, unknown>).info;
    if (!isObject(info)) {
      ctx.report({ doc: root, path: [] }, 'noInfo');
      return;
    }
    for (const field of REQUIRED) {
      const v = info[field];
      if (typeof v !== 'string' || v.trim() === '') ctx.report({ doc: root, path: ['info'] }, 'missingField', { field });
    }
    const contact = info.contact;
    if (!isObject(contact)) {
      ctx.report({ doc: root, path: ['info'] }, 'noContact');
      return;
    }
    const email = contact.email;
    if (typeof email !== 'string' || email.trim() === '') {
      ctx.report({ doc: root, path: ['info', 'contact'] }, 'noEmail');
    } else if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email.trim())) {
      ctx.report({ doc: root, path: ['info', 'contact', 'email'] }, 'badEmail', { email });
    }
  },
});
