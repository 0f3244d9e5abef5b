/**
 * Build step (`npm run build`, after tsc): generates with Ajv standalone the fast validators of the
 * official OpenAPI 3.0 and 3.1 schemas (first error only, not verbose), so that a lint run validates
 * a document without compiling a schema. Writes `dist/rulesets/doc/generated/oas30-fast.cjs` and
 * `oas31-fast.cjs`, next to the validator module that loads them; they are never committed.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { fastValidatorFile, newAjv, oasSchema } from '../rulesets/doc/openapi-schema-validator.js';

const standaloneCode = standaloneModule.default;

/** Same yes/no answer as the full validator (same schema, formats ignored), without collecting errors. */
const FAST_OPTIONS = { allErrors: false, verbose: false, validateFormats: false, strict: false, code: { source: true, esm: false } } as const;

/** A CommonJS module (loaded with `require` on first use, by the version it validates). */
function fastValidatorCode(minor: 0 | 1): string {
  const ajv = newAjv(minor, FAST_OPTIONS);
  return standaloneCode(ajv, ajv.compile(oasSchema(minor)));
}

const docDir = fileURLToPath(new URL('../rulesets/doc/', import.meta.url));
// Files of an earlier build under other names must not be copied next to the command line's bundle.
rmSync(path.join(docDir, path.dirname(fastValidatorFile(0))), { recursive: true, force: true });
for (const minor of [0, 1] as const) {
  const file = path.join(docDir, fastValidatorFile(minor));
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, fastValidatorCode(minor));
}
