/** `node:crypto` in the browser bundle: the synchronous `createHash` the rules and the HTML report use (SHA-1, SHA-256). */
import { sha1 } from '@noble/hashes/legacy.js';
import { sha256 } from '@noble/hashes/sha2.js';

const ALGORITHMS = { sha1, sha256 } as const;

function encode(bytes: Uint8Array, encoding: 'hex' | 'base64'): string {
  if (encoding === 'hex') return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

export function createHash(algorithm: string) {
  const hash = ALGORITHMS[algorithm as keyof typeof ALGORITHMS];
  if (!hash) throw new Error(`createHash: ${algorithm} is not available in the browser`);
  const state = hash.create();
  const api = {
    update(data: string) {
      state.update(new TextEncoder().encode(data));
      return api;
    },
    digest: (encoding: 'hex' | 'base64') => encode(state.digest(), encoding),
  };
  return api;
}
