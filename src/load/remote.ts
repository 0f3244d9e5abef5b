/**
 * Remote `$ref` documents, fetched only when the user passes `--allow-remote-refs`.
 * Bounded: 10 s, 10 MB, no credentials ever sent.
 */
const MAX_BYTES = 10 * 1024 * 1024;

export async function fetchRemoteText(url: string): Promise<string> {
  // Loaded only when a remote reference is allowed and met: the lint path does not need undici.
  const { request } = await import('undici');
  const res = await request(url, {
    method: 'GET',
    headersTimeout: 10_000,
    bodyTimeout: 10_000,
    maxRedirections: 0,
  } as Parameters<typeof import('undici').request>[1]);
  if (res.statusCode !== 200) {
    await res.body.dump();
    throw new Error(`HTTP ${res.statusCode}`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res.body) {
    size += (chunk as Buffer).length;
    if (size > MAX_BYTES) {
      res.body.destroy();
      throw new Error('too large');
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
