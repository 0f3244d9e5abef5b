import { defineRule } from '../../src/lint/rule.js';
import { declaredType, errorForm } from './error-form.js';
import { errorSchemas } from './responses.js';
import { opLabel, schemaName } from './shape.js';

/**
 * ERR-03: error bodies are machine-readable with a stable code. Accepted: the bouquet form, RFC 9457
 * problem details, or an object carrying a code (ERR-04 then asks for the bouquet form). Reported
 * once per schema, where it is written.
 */
export default defineRule({
  meta: { id: 'bouquet-error-format', convention: 'ERR-03' },
  check(ctx) {
    const { index } = ctx;
    for (const { op, res, media, schema } of errorSchemas(index)) {
      const top = errorForm(index, schema, media.mediaType);
      // `oneOf`/`anyOf` without own members: each alternative must be machine-readable.
      const targets = top.kind === 'noCode' && top.shape.properties.size === 0 && top.shape.variants.length > 0 ? top.shape.variants : [schema];
      for (const target of targets) {
        const form = errorForm(index, target, media.mediaType);
        const name = schemaName(target, `${opLabel(op)} → ${res.status}`);
        const at = target.loc;
        switch (form.kind) {
          case 'array':
            ctx.report(at, 'bareArray', { schema: name });
            break;
          case 'notObject':
            ctx.report(at, 'notObject', { schema: name, type: [...form.shape.types].join('|') });
            break;
          case 'noCode':
            ctx.report(at, 'noCode', { schema: name, members: [...form.shape.properties.keys()].join(', ') || '—' });
            break;
          case 'problem': {
            const status = form.shape.properties.get('status');
            const type = status ? declaredType(index, status) : '';
            if (status && type !== '' && type !== 'integer') ctx.report(status.loc, 'statusText', { schema: name, type });
            if (!form.shape.properties.has('type') && !form.shape.properties.has('code')) ctx.report(at, 'problemNoType', { schema: name });
            break;
          }
          case 'bouquet': {
            if (!form.items) {
              ctx.report(form.errors.node.loc, 'errorsNotArray', { schema: name });
              break;
            }
            const code = form.items.properties.get('code');
            if (!code) ctx.report(form.items.node.loc, 'itemNoCode', { schema: name });
            else {
              const type = declaredType(index, code);
              if (type !== '' && type !== 'string') ctx.report(code.loc, 'codeNotString', { schema: name, type });
            }
            break;
          }
          case 'flat':
            break;
        }
      }
    }
  },
});
