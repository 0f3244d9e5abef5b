/** Small, realistic OpenAPI documents for rule tests, built as objects and written as JSON. */
import { lintText, type LintFixtureOptions } from '../../helpers/lint.js';
import type { Finding } from '../../../src/finding.js';

type Obj = Record<string, unknown>;

/** One GET operation answering 200 with `schema`, with the given parameters. */
export function getOp(parameters: Obj[], schema: Obj = { type: 'object', properties: { ok: { type: 'boolean' } } }, extra: Obj = {}): Obj {
  return {
    summary: 'Consultation',
    description: 'Consultation',
    parameters,
    responses: { '200': { description: 'Trouvé', content: { 'application/json': { schema } } } },
    ...extra,
  };
}

export function doc(paths: Obj, components: Obj = {}, openapi = '3.0.3'): Obj {
  return {
    openapi,
    info: { title: 'API de test', version: '1.0.0', description: 'Test', contact: { email: 'api@example.gouv.fr' } },
    servers: [{ url: 'https://api.test.gouv.fr/v1' }],
    paths,
    components,
  };
}

export function lintDoc(d: Obj, o: LintFixtureOptions = {}): Promise<Finding[]> {
  return lintText(JSON.stringify(d, null, 2), { ext: 'json', ...o });
}

export const param = (name: string, schema: Obj, extra: Obj = {}): Obj => ({
  name,
  in: extra.in ?? 'query',
  required: true,
  description: `Paramètre ${name}`,
  schema,
  ...extra,
});
