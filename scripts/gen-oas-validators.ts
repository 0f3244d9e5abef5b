/**
 * Build step (`npm run build`, after tsc): generates with Ajv standalone the fast validators of the
 * official OpenAPI 3.0 and 3.1 schemas (first error only, not verbose), so that a lint run validates
 * a document without compiling a schema. Writes `dist/rulesets/doc/generated/oas30-fast.js` and
 * `oas31-fast.js`, next to the validator module that loads them; they are never committed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { fastValidatorFile, newAjv, oasSchema } from '../rulesets/doc/openapi-schema-validator.js';

const standaloneCode = standaloneModule.default;

/** Same yes/no answer as the full validator (same schema, formats ignored), without collecting errors. */
const FAST_OPTIONS = { allErrors: false, verbose: false, validateFormats: false, strict: false, code: { source: true, esm: true } } as const;

/**
 * Ajv's ESM output still loads its runtime helpers (`ajv/dist/runtime/equal`) with `require`
 * (ajv-validator/ajv#1976): give the module a `require` of its own.
 */
const REQUIRE = 'import { createRequire } from "node:module";\nconst require = createRequire(import.meta.url);\n';

function fastValidatorCode(minor: 0 | 1): string {
  const ajv = newAjv(minor, FAST_OPTIONS);
  const code = standaloneCode(ajv, ajv.compile(oasSchema(minor)));
  return code.includes('require(') ? `${REQUIRE}${code}` : code;
}

const docDir = fileURLToPath(new URL('../rulesets/doc/', import.meta.url));
for (const minor of [0, 1] as const) {
  const file = path.join(docDir, fastValidatorFile(minor));
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, fastValidatorCode(minor));
}
