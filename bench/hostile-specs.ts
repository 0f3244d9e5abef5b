/**
 * Generated hostile specs (issue 10): each function returns the text of one OpenAPI document built
 * around a minimal, valid API, so that the attack is the only thing wrong with it. The tests in
 * `test/hostile/` and `npm run bench:hostile` use these very inputs.
 */

/** A small valid OpenAPI 3.0 document: `schema` is its 200 response's schema, `parameters` its one operation's. */
export function baseSpec(opts: { schema?: unknown; parameters?: unknown[]; components?: Record<string, unknown>; servers?: unknown[] } = {}): Record<string, unknown> {
  return {
    openapi: '3.0.3',
    info: { title: 'API hostile', version: '1.0.0', description: 'Spécification générée pour les tests de robustesse.' },
    servers: opts.servers ?? [{ url: 'https://api.exemple.gouv.fr/v1' }],
    paths: {
      '/unites_legales/{siren}': {
        get: {
          operationId: 'getUniteLegale',
          summary: 'Une unité légale',
          parameters: opts.parameters ?? [{ name: 'siren', in: 'path', required: true, schema: { type: 'string', pattern: '^\\d{9}$' } }],
          responses: {
            '200': { description: 'OK', content: { 'application/json': { schema: opts.schema ?? { type: 'object' } } } },
          },
        },
      },
    },
    ...(opts.components ? { components: opts.components } : {}),
  };
}

/** Row 1: anchors `a0` … `a{depth}`, each a list of `width` aliases to the previous one, written at `indent`. */
export function aliasBomb(width: number, depth: number, indent: string): string {
  const lines = [`${indent}a0: &a0 "lol"`];
  for (let d = 1; d <= depth; d++) lines.push(`${indent}a${d}: &a${d} [${Array(width).fill(`*a${d - 1}`).join(', ')}]`);
  return lines.join('\n');
}

/** The start of a small valid YAML spec, up to its `paths`. */
export const YAML_HEAD = `openapi: 3.0.3
info:
  title: API hostile
  version: 1.0.0
servers:
  - url: https://api.exemple.gouv.fr/v1
`;

/** The `paths` of that spec: one operation, whose 200 response schema is written last. */
export const YAML_PATHS = `paths:
  /unites_legales/{siren}:
    get:
      operationId: getUniteLegale
      parameters:
        - name: siren
          in: path
          required: true
          schema:
            type: string
            pattern: '^\\d{9}$'
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema:
                type: object
`;

/** Row 1: the alias bomb of the issue (9 wide × 10 deep, about 3.5 billion nodes once expanded) in each place of a spec. */
export const ALIAS_BOMBS = {
  'under an x- key': `${YAML_HEAD}x-bomb:\n${aliasBomb(9, 10, '  ')}\n${YAML_PATHS}`,
  'under components.schemas': `${YAML_HEAD}${YAML_PATHS}components:\n  schemas:\n${aliasBomb(9, 10, '    ')}\n`,
  'in an example': `${YAML_HEAD}${YAML_PATHS}              example:\n${aliasBomb(9, 10, '                ')}\n`,
} as const;

/** Row 1: the same bomb in a configuration file (`.bouquet-lint.yaml`). */
export function aliasBombConfig(): string {
  return `bouquet: entreprise\nx:\n${aliasBomb(9, 10, '  ')}\n`;
}

/** Row 2: a spec with `n` paths, one operation each (no operationId: one finding per operation). */
export function largeSpec(n: number): Record<string, unknown> {
  const paths: Record<string, unknown> = {};
  for (let i = 0; i < n; i++) {
    paths[`/v1/ressources_${i}/{siren}`] = {
      get: {
        summary: `Ressource ${i}`,
        parameters: [{ name: 'siren', in: 'path', required: true, schema: { type: 'string', pattern: '^\\d{9}$' } }],
        responses: {
          '200': { description: 'OK', content: { 'application/json': { schema: { type: 'object', properties: { nom: { type: 'string' } } } } } },
        },
      },
    };
  }
  return { openapi: '3.0.3', info: { title: 'Grande API', version: '1.0.0' }, servers: [{ url: 'https://api.exemple.gouv.fr/v1' }], paths };
}

/** Row 3: `n` schemas, each a `$ref` to the next, the last back to the first. */
export function refRing(n: number): string {
  const schemas: Record<string, unknown> = {};
  for (let i = 0; i < n; i++) schemas[`S${i}`] = { $ref: `#/components/schemas/S${(i + 1) % n}` };
  return JSON.stringify(baseSpec({ schema: { $ref: '#/components/schemas/S0' }, components: { schemas } }));
}

/** Row 4: a schema whose `properties` nest `depth` levels deep. */
export function deepProperties(depth: number): string {
  let schema: Record<string, unknown> = { type: 'string' };
  for (let i = 0; i < depth; i++) schema = { type: 'object', properties: { p: schema } };
  return JSON.stringify(baseSpec({ schema }));
}

/**
 * Row 5: patterns whose backtracking explodes and that the static analyser does not catch, with
 * examples built to trigger it: in a schema property, in `patternProperties` (OpenAPI 3.1) and on a
 * `siren` path parameter.
 */
export function backtrackingPatterns(): string {
  const spec = baseSpec({
    parameters: [{ name: 'siren', in: 'path', required: true, schema: { type: 'string', pattern: '^\\d*\\d*\\d*x$' }, example: '1'.repeat(5000) }],
    schema: {
      type: 'object',
      properties: {
        code: { type: 'string', pattern: '^\\d*\\d*\\d*x$', example: '1'.repeat(5000) },
        libelle: { type: 'string', pattern: '^.*.*.*.*=$', example: 'a'.repeat(5000) },
        attributs: {
          type: 'object',
          patternProperties: { '^.*.*.*.*=$': { type: 'integer' } },
          // The long key does not end with `=`: a backtracking engine tries every split of it.
          example: { ['b'.repeat(3000)]: 1, 'cle=': 'pas un entier' },
        },
      },
    },
  });
  return JSON.stringify({ ...spec, openapi: '3.1.0' });
}

/** Row 9: a parameter name carrying new lines, GitHub workflow commands and terminal escapes. */
export const INJECTED_NAME = 'x\n::error file=README.md,line=1::pwned\n::add-mask::secret\r\u001b]0;pwned\u0007\u001b[2J';

export function injection(): string {
  return JSON.stringify(
    baseSpec({
      parameters: [
        { name: 'siren', in: 'path', required: true, schema: { type: 'string', pattern: '^\\d{9}$' } },
        { name: INJECTED_NAME, in: 'query', schema: { type: 'string' } },
      ],
    }),
  );
}
