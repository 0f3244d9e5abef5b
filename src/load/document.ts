/**
 * One parsed file of a specification. YAML goes through js-yaml's event parser, JSON through
 * `JSON.parse`; neither keeps a syntax tree: positions are computed on demand, only for the paths that
 * findings point at (see yaml.ts and json.ts). spectral-core, the rules engine, reads the document
 * through the same lookups (its parser interface: `parse`, `getLocationForJsonPath`, `trapAccess`).
 */
import spectralCore from '@stoplight/spectral-core';
import type { JsonPath, Range } from '../finding.js';
import { UsageError } from './errors.js';
import { parseJson } from './json.js';
import { parseYaml } from './yaml.js';

const { Document } = spectralCore;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type SpectralDocument = InstanceType<typeof Document<unknown, any>>;

export interface SpecDocument {
  /** Absolute path (or URL for remote documents). */
  readonly uri: string;
  /** Path shown to the user: relative to the working directory when inside it. */
  readonly displayPath: string;
  readonly text: string;
  readonly format: 'json' | 'yaml';
  readonly data: unknown;
  readonly spectral: SpectralDocument;
  /** Duplicate keys found while parsing (not fatal: reported by DOC-02). */
  readonly duplicateKeys: { path: JsonPath; range: Range }[];
  rangeOf(path: JsonPath): Range;
  /** Where a path of `data` is written in `text`, when they differ (a converted Swagger 2.0 document). */
  writtenPath?(path: JsonPath): JsonPath;
}

const FALLBACK_RANGE: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** True when the text looks like JSON rather than YAML (JSON is also YAML, but the JSON parser is faster and its errors clearer). */
function looksLikeJson(uri: string, text: string): boolean {
  if (/\.json$/i.test(uri)) return true;
  if (/\.ya?ml$/i.test(uri)) return false;
  const first = text.trimStart()[0];
  return first === '{' || first === '[';
}

interface Parsed {
  data: unknown;
  duplicateKeys: JsonPath[];
  locate(path: JsonPath): Range | undefined;
}

/** spectral-core's parser interface over an already parsed document. */
function spectralParser(parsed: Parsed) {
  return {
    parse: () => ({ data: parsed.data, diagnostics: [] }),
    getLocationForJsonPath: (_result: unknown, path: JsonPath) => {
      const range = parsed.locate(path);
      return range === undefined ? undefined : { range };
    },
    trapAccess: <T>(obj: T): T => obj,
  };
}

export function parseDocument(uri: string, displayPath: string, text: string): SpecDocument {
  if (text.trim() === '') throw new UsageError('load.empty', { file: displayPath });
  if (text.includes('\u0000')) throw new UsageError('load.binary', { file: displayPath });
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  const format = looksLikeJson(uri, text) ? 'json' : 'yaml';
  const parsed: Parsed = format === 'json' ? parseJson(text, displayPath) : parseYaml(text, displayPath);
  const spectral = new Document(text, spectralParser(parsed) as never, uri);
  const duplicateKeys = parsed.duplicateKeys.map((path) => ({ path, range: parsed.locate(path) ?? FALLBACK_RANGE }));
  return {
    uri,
    displayPath,
    text,
    format,
    data: parsed.data,
    spectral,
    duplicateKeys,
    rangeOf(path: JsonPath): Range {
      return parsed.locate(path) ?? FALLBACK_RANGE;
    },
  };
}
