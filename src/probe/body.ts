/**
 * Reading a response body with a cap on its decoded size: a compressed body (gzip, deflate, br) is
 * decoded as a stream and cut at the cap, so a decompression bomb never expands in memory.
 */
import { PassThrough, pipeline, type Readable, type Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';

function decoderFor(encoding: string | undefined): Transform {
  const e = (encoding ?? '').trim().toLowerCase();
  if (e === 'gzip' || e === 'x-gzip') return createGunzip();
  if (e === 'deflate') return createInflate();
  if (e === 'br') return createBrotliDecompress();
  return new PassThrough();
}

export class BodyDecodeError extends Error {
  override name = 'BodyDecodeError';
}

export async function readCapped(body: Readable, encoding: string | undefined, cap: number): Promise<{ data: Buffer; truncated: boolean }> {
  const decoder = decoderFor(encoding);
  const chunks: Buffer[] = [];
  let size = 0;
  let truncated = false;
  pipeline(body, decoder, () => undefined);
  try {
    for await (const chunk of decoder as AsyncIterable<Buffer>) {
      if (size + chunk.length > cap) {
        chunks.push(chunk.subarray(0, cap - size));
        size = cap;
        truncated = true;
        break;
      }
      chunks.push(chunk);
      size += chunk.length;
    }
  } catch (e) {
    const code = (e as { code?: string }).code ?? '';
    // zlib errors are Z_*, brotli errors ERR__ERROR_*.
    if (code.startsWith('Z_') || code.startsWith('ERR__')) {
      throw new BodyDecodeError((e as Error).message);
    }
    throw e;
  } finally {
    decoder.destroy();
    body.destroy();
  }
  return { data: Buffer.concat(chunks, size), truncated };
}
