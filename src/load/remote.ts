/**
 * Remote `$ref` documents, fetched only when the user passes `--allow-remote-refs`. No credentials
 * are ever sent, no redirect is followed, and everything is bounded:
 * - each document: 10 s in all (headers and body: a server that drips one byte at a time is cut
 *   at the deadline, not reset by each byte), 10 MB;
 * - each run: 100 documents, 50 MB, 60 s in all;
 * - private, loopback and link-local addresses are refused unless `--allow-private-refs`: the host
 *   name is checked, and so is every address it resolves to, at connection time.
 */
import type { LookupAddress, lookup as dnsLookup } from 'node:dns';
import type { Agent } from 'undici';
import { isPrivateHost } from './address.js';

export interface RemoteLimits {
  /** Time for one document, headers and body, in ms. */
  documentMs: number;
  /** Size of one document, in bytes. */
  documentBytes: number;
  /** Documents fetched per run (attempts, failed ones included). */
  documents: number;
  /** Bytes fetched per run. */
  totalBytes: number;
  /** Time spent fetching per run, in ms. */
  totalMs: number;
}

export const DEFAULT_REMOTE_LIMITS: RemoteLimits = {
  documentMs: 10_000,
  documentBytes: 10 * 1024 * 1024,
  documents: 100,
  totalBytes: 50 * 1024 * 1024,
  totalMs: 60_000,
};

export interface RemoteFetcher {
  /** The document's text; throws an Error whose message says why not (shown in DOC-02's finding). */
  fetchText(url: string): Promise<string>;
  close(): Promise<void>;
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** `dns.lookup`, failing when any address the name resolves to is private. */
const publicOnlyLookup = (lookup: typeof dnsLookup) => (hostname: string, options: object, callback: LookupCallback): void => {
  lookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, []);
    const refused = addresses.find((a) => isPrivateHost(a.address));
    if (refused) return callback(Object.assign(new Error(`private address ${refused.address} refused (--allow-private-refs)`), { code: 'EPRIVATE' }), []);
    if ((options as { all?: boolean }).all === true) return callback(null, addresses);
    callback(null, addresses[0]!.address, addresses[0]!.family);
  });
};

export function createRemoteFetcher(options: Partial<RemoteLimits> & { allowPrivate: boolean }): RemoteFetcher {
  const limits: RemoteLimits = { ...DEFAULT_REMOTE_LIMITS, ...options };
  let documents = 0;
  let bytes = 0;
  let spentMs = 0;
  let agent: Agent | undefined;

  return {
    async fetchText(url) {
      const host = new URL(url).hostname;
      if (!options.allowPrivate && isPrivateHost(host)) throw new Error(`private address ${host} refused (--allow-private-refs)`);
      if (documents >= limits.documents) throw new Error(`remote budget exhausted: ${limits.documents} documents`);
      if (bytes >= limits.totalBytes) throw new Error(`remote budget exhausted: ${limits.totalBytes} bytes`);
      if (spentMs >= limits.totalMs) throw new Error(`remote budget exhausted: ${limits.totalMs} ms`);
      documents++;
      // Loaded only when a remote reference is allowed and met: the lint path needs neither undici nor
      // the resolver (loading node:dns sets up its channel). `default` is undici's CommonJS exports,
      // the one shape both Node and the CLI's bundle give.
      const undici = (await import('undici')).default;
      agent ??= new undici.Agent({ connect: options.allowPrivate ? {} : { lookup: publicOnlyLookup((await import('node:dns')).lookup) } });
      const deadline = Math.min(limits.documentMs, limits.totalMs - spentMs);
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), deadline);
      const started = performance.now();
      try {
        const res = await undici.request(url, { method: 'GET', dispatcher: agent, signal: controller.signal, headersTimeout: deadline, bodyTimeout: deadline });
        if (res.statusCode !== 200) {
          res.body.destroy();
          throw new Error(`HTTP ${res.statusCode}`);
        }
        const chunks: Buffer[] = [];
        let size = 0;
        for await (const chunk of res.body) {
          size += (chunk as Buffer).length;
          bytes += (chunk as Buffer).length;
          if (size > limits.documentBytes) {
            res.body.destroy();
            throw new Error(`larger than ${limits.documentBytes} bytes`);
          }
          if (bytes > limits.totalBytes) {
            res.body.destroy();
            throw new Error(`remote budget exhausted: ${limits.totalBytes} bytes`);
          }
          chunks.push(chunk as Buffer);
        }
        return Buffer.concat(chunks).toString('utf8');
      } catch (e) {
        if (controller.signal.aborted) throw new Error(`no complete answer within ${deadline} ms`);
        const err = e as { code?: string; message?: string; cause?: { code?: string; message?: string } };
        throw new Error(err.cause?.message ?? err.message ?? String(e));
      } finally {
        clearTimeout(timer);
        spentMs += performance.now() - started;
      }
    },
    async close() {
      await agent?.close();
    },
  };
}
