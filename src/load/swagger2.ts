/**
 * Swagger 2.0 analysed in full: the document is validated as Swagger 2.0 (`@apidevtools/swagger-parser`),
 * converted in memory to OpenAPI 3.0 (`swagger2openapi`), and the converted document stands in for
 * the original so that every rule runs on it. Positions and paths are asked from the original:
 * every finding points at the line where the offending value is written in the Swagger file.
 * Neither library reads a file or the network here: external references stay as written and are
 * loaded by the loader, within its confinement (`--allow-remote-refs`, `--allow-outside-refs`).
 */
import { createRequire } from 'node:module';
import spectralCore from '@stoplight/spectral-core';
import spectralParsers from '@stoplight/spectral-parsers';
import type { JsonPath, Range } from '../finding.js';
import type { SpecDocument } from './document.js';
import { isObject, parsePointer } from './spec.js';
import { swagger2PathMapper } from './swagger2-paths.js';

const { Document } = spectralCore;
const { Json } = spectralParsers;
const require = createRequire(import.meta.url);

interface Converter {
  convertObj(swagger: unknown, options: Record<string, unknown>): Promise<{ openapi: Record<string, unknown> }>;
}
interface SwaggerValidator {
  validate(api: unknown, options: Record<string, unknown>): Promise<unknown>;
}
interface AjvDetail {
  instancePath: string;
  keyword: string;
  message?: string;
  params?: Record<string, unknown>;
}

/** One reason the document is not valid Swagger 2.0, at its place in the original file. */
export interface Swagger2Problem {
  path: JsonPath;
  /** `shape`: matches none of the forms Swagger 2.0 allows there; `schema`: one schema keyword fails; `spec`: a rule of the specification text. */
  kind: 'shape' | 'schema' | 'spec' | 'conversion';
  /** The validator's own words (English), for `schema`, `spec` and `conversion`. */
  detail: string;
}

export interface Swagger2Origin {
  /** The Swagger 2.0 file as written (positions, text, `x-bouquet-ignore`). */
  original: SpecDocument;
  problems: Swagger2Problem[];
}

const COMBINATORS = new Set(['oneOf', 'anyOf']);

/**
 * Ajv's errors grouped by the outermost place they concern: a group holding a `oneOf`/`anyOf`
 * failure is one problem (every branch's errors are a cascade); other errors stand alone.
 */
function problemsOfSchemaErrors(details: AjvDetail[]): Swagger2Problem[] {
  const located = details.map((d) => ({ d, path: parsePointer(d.instancePath) ?? [] }));
  const under = (p: JsonPath, root: JsonPath) => root.length <= p.length && root.every((s, i) => String(p[i]) === String(s));
  const roots: JsonPath[] = [];
  for (const { path } of [...located].sort((a, b) => a.path.length - b.path.length)) {
    if (!roots.some((r) => under(path, r))) roots.push(path);
  }
  const out: Swagger2Problem[] = [];
  const seen = new Set<string>();
  for (const root of roots) {
    const group = located.filter((l) => under(l.path, root));
    let items: Swagger2Problem[] = group.map((l) => ({ path: l.path, kind: 'schema' as const, detail: schemaDetail(l.d) }));
    if (group.some((l) => COMBINATORS.has(l.d.keyword))) {
      // Each branch reports its own errors. The `$ref` branch (`required: $ref`, no other key) is
      // noise unless the value is a reference; one error left in every other branch is the defect.
      const left = group.filter((l) => !COMBINATORS.has(l.d.keyword) && l.d.keyword !== 'additionalProperties' && l.d.params?.missingProperty !== '$ref');
      const kinds = new Set(left.map((l) => `${l.path.join('\u0001')}\u0000${l.d.keyword}\u0000${JSON.stringify(l.d.params)}`));
      items = kinds.size === 1 ? [{ path: left[0]!.path, kind: 'schema', detail: schemaDetail(left[0]!.d) }] : [{ path: root, kind: 'shape', detail: '' }];
    }
    for (const p of items) {
      const key = `${p.path.join('\u0001')}\u0000${p.detail}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(p);
    }
  }
  return out;
}

function schemaDetail(d: AjvDetail): string {
  const params = d.params ?? {};
  if (d.keyword === 'additionalProperties') return `${d.message} (${String(params.additionalProperty)})`;
  if (d.keyword === 'enum' && Array.isArray(params.allowedValues)) return `${d.message}: ${params.allowedValues.join(', ')}`;
  return d.message ?? d.keyword;
}

/** `/paths/a/{id}/get has a path parameter...`: swagger-parser names the place in its message. */
function specProblem(message: string): Swagger2Problem {
  const detail = message.replace(/^Validation failed\.\s*/, '');
  const m = /^\/paths\/(.*?)\/(get|put|post|delete|options|head|patch)\b/.exec(detail);
  return { path: m ? ['paths', `/${m[1]}`, m[2]!] : [], kind: 'spec', detail };
}

/** Validates the document as Swagger 2.0; never reads anything: external references are left alone. */
async function validate(data: unknown): Promise<Swagger2Problem[]> {
  const parser = require('@apidevtools/swagger-parser') as SwaggerValidator;
  try {
    await parser.validate(JSON.parse(JSON.stringify(data)), { resolve: { external: false, file: false, http: false } });
    return [];
  } catch (e) {
    const err = e as Error & { details?: AjvDetail[] };
    if (Array.isArray(err.details) && err.details.length > 0) return problemsOfSchemaErrors(err.details);
    return [specProblem(err.message)];
  }
}

/**
 * The Swagger 2.0 document `original` converted to OpenAPI 3.0, as a document whose positions and
 * paths are those of the original; null (with the reason in `problems`) when it cannot be converted.
 */
export async function convertSwagger2(original: SpecDocument): Promise<{ converted: SpecDocument | null; origin: Swagger2Origin }> {
  const problems = await validate(original.data);
  const origin: Swagger2Origin = { original, problems };
  let data: Record<string, unknown>;
  try {
    const converter = require('swagger2openapi') as Converter;
    // `patch` repairs what OpenAPI 3 cannot express (the defects stay reported by the validation above);
    // no `resolve` option: the converter fetches nothing.
    data = (await converter.convertObj(JSON.parse(JSON.stringify(original.data)), { patch: true, warnOnly: true, text: original.text })).openapi;
  } catch (e) {
    problems.push({ path: [], kind: 'conversion', detail: e instanceof Error ? e.message : String(e) });
    return { converted: null, origin };
  }
  const writtenPath = swagger2PathMapper(original.data, data);
  const rangeOf = (path: JsonPath): Range => original.rangeOf(writtenPath(path));
  const spectral = new ConvertedSpectralDocument(original.uri, data, rangeOf);
  const converted: SpecDocument = {
    uri: original.uri,
    displayPath: original.displayPath,
    text: original.text,
    format: original.format,
    data,
    spectral,
    duplicateKeys: [],
    rangeOf,
    writtenPath,
  };
  return { converted, origin };
}

/** The rules engine's view of the converted document: its data, with the original's positions. */
class ConvertedSpectralDocument extends Document {
  constructor(
    uri: string,
    data: unknown,
    private readonly rangeOfPath: (path: JsonPath) => Range,
  ) {
    super('{}', Json as never, uri);
    const self = this as unknown as { parserResult: Record<string, unknown> };
    self.parserResult = { ...self.parserResult, data };
  }

  override getRangeForJsonPath(path: JsonPath): Range {
    return this.rangeOfPath(path);
  }
}

/** Whether a parsed document is Swagger 2.0 (other `swagger` versions are only told to migrate). */
export function isSwagger2(data: unknown): boolean {
  return isObject(data) && String(data.swagger) === '2.0';
}
