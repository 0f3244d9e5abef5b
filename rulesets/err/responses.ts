/** Responses and error-body schemas of a specification, each once (by the location where it is written). */
import type { Node } from '../../src/load/spec.js';
import type { MediaInfo, OperationInfo, ResponseInfo, SpecIndex } from '../../src/lint/spec-index.js';
import { isErrorStatus } from './shape.js';

type Obj = Record<string, unknown>;

export interface ResponseRef {
  op: OperationInfo;
  res: ResponseInfo;
}

export interface MediaRef extends ResponseRef {
  media: MediaInfo;
  schema: Node<Obj>;
}

/** Responses kept by `keep`, each response object once (a shared `components.responses` entry is one). */
export function uniqueResponses(index: SpecIndex, keep: (op: OperationInfo, res: ResponseInfo) => boolean): ResponseRef[] {
  const seen = new Set<string>();
  const out: ResponseRef[] = [];
  for (const op of index.operations()) {
    for (const res of op.responses) {
      if (!keep(op, res)) continue;
      const k = index.key(res.node.loc);
      if (seen.has(k)) continue;
      seen.add(k);
      out.push({ op, res });
    }
  }
  return out;
}

/** JSON media types (`application/json`, `+json`), parameters ignored. */
export function isJsonMediaType(mediaType: string): boolean {
  const base = mediaType.split(';')[0]!.trim().toLowerCase();
  return base === 'application/json' || /^application\/[\w.+-]*\+json$/.test(base);
}

/** Schemas of JSON error bodies (4xx/5xx), each schema once, with the first response that uses it. */
export function errorSchemas(index: SpecIndex): MediaRef[] {
  const seen = new Set<string>();
  const out: MediaRef[] = [];
  for (const { op, res } of uniqueResponses(index, (_, r) => isErrorStatus(r.status))) {
    for (const media of res.content) {
      if (!media.schema || !isJsonMediaType(media.mediaType)) continue;
      const k = index.key(media.schema.loc);
      if (seen.has(k)) continue;
      seen.add(k);
      out.push({ op, res, media, schema: media.schema });
    }
  }
  return out;
}

/** Example values given on a media type (`example`, `examples.*.value`). */
export function mediaExamples(index: SpecIndex, media: MediaInfo): Node<unknown>[] {
  const out: Node<unknown>[] = [];
  const v = media.node.value;
  if ('example' in v) out.push(index.child(media.node, 'example')!);
  const ex = index.child(media.node, 'examples');
  if (ex && typeof ex.value === 'object' && ex.value !== null && !Array.isArray(ex.value)) {
    for (const name of Object.keys(ex.value)) {
      const e = index.deref(index.child(ex, name)!);
      if (e && typeof e.value === 'object' && e.value !== null && 'value' in e.value) out.push(index.child(e, 'value')!);
    }
  }
  return out;
}
