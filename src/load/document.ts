/**
 * One parsed file of a specification, with positions taken from its source text.
 * Parsing goes through Spectral's parsers so that the rules engine (spectral-core) and our own
 * range lookups share one AST.
 */
import spectralCore from '@stoplight/spectral-core';
import spectralParsers from '@stoplight/spectral-parsers';
import type { JsonPath, Range } from '../finding.js';
import { UsageError } from './errors.js';

const { Document } = spectralCore;
const { Yaml, Json } = spectralParsers;

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

interface Diagnostic {
  message: string;
  code?: string | number;
  path?: JsonPath;
  range: Range;
}

const FALLBACK_RANGE: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** True when the text looks like JSON rather than YAML (JSON is also YAML, but the JSON parser is faster and its errors clearer). */
function looksLikeJson(uri: string, text: string): boolean {
  if (/\.json$/i.test(uri)) return true;
  if (/\.ya?ml$/i.test(uri)) return false;
  const first = text.trimStart()[0];
  return first === '{' || first === '[';
}

export function parseDocument(uri: string, displayPath: string, text: string): SpecDocument {
  if (text.trim() === '') throw new UsageError('load.empty', { file: displayPath });
  if (text.includes('\u0000')) throw new UsageError('load.binary', { file: displayPath });
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  const format = looksLikeJson(uri, text) ? 'json' : 'yaml';
  let spectral: SpectralDocument;
  try {
    spectral = format === 'json' ? new Document(text, Json, uri) : new Document(text, Yaml, uri);
  } catch (e) {
    throw new UsageError(format === 'json' ? 'load.invalidJson' : 'load.invalidYaml', {
      file: displayPath,
      line: 1,
      column: 1,
      detail: e instanceof Error ? e.message : String(e),
    });
  }
  const duplicateKeys: { path: JsonPath; range: Range }[] = [];
  for (const d of spectral.diagnostics as unknown as Diagnostic[]) {
    const isDuplicate = /^duplicate ?key/i.test(d.message);
    if (isDuplicate) {
      duplicateKeys.push({ path: d.path ?? [], range: d.range });
      continue;
    }
    if ((d as { severity?: number }).severity !== 0) continue;
    throw new UsageError(format === 'json' ? 'load.invalidJson' : 'load.invalidYaml', {
      file: displayPath,
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
      detail: humanParserMessage(d.message),
    });
  }
  const data = spectral.data;
  return {
    uri,
    displayPath,
    text,
    format,
    data,
    spectral,
    duplicateKeys,
    rangeOf(path: JsonPath): Range {
      return (spectral.getRangeForJsonPath(path as string[], true) as Range | undefined) ?? FALLBACK_RANGE;
    },
  };
}

/** jsonc-parser reports error codes by name (`PropertyNameExpected`): make them readable. */
function humanParserMessage(message: string): string {
  return /^[A-Z][a-zA-Z]+$/.test(message) ? message.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase() : message;
}
