/**
 * Remote references against misbehaving servers on loopback (issue 10, rows 6 and 7). Loopback is
 * a private address: these tests pass --allow-private-refs, and one checks that without it nothing
 * is fetched at all.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bigDocuments, endlessChain, serve as start, slowDrip, type Handler, type LocalServer } from '../../bench/hostile-servers.js';
import { baseSpec } from '../../bench/hostile-specs.js';
import { runCli } from '../helpers/cli.js';

const servers: LocalServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(handler: Handler): Promise<LocalServer> {
  const s = await start(handler);
  servers.push(s);
  return s;
}

/** Lints a spec whose 200 response schema is `schema`, in a fresh folder; returns the DOC-02 messages. */
async function lintWith(schema: unknown, extraArgs: string[]): Promise<{ code: number | null; stderr: string; doc02: string[] }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bouquet-lint-remote-'));
  writeFileSync(path.join(dir, 'openapi.json'), JSON.stringify(baseSpec({ schema })));
  const r = await runCli(['lint', 'openapi.json', '--format', 'json', '--lang', 'en', '--allow-remote-refs', ...extraArgs], { cwd: dir });
  const findings = r.stdout === '' ? [] : (JSON.parse(r.stdout).findings as { convention: string; message: string }[]);
  return { code: r.code, stderr: r.stderr, doc02: findings.filter((f) => f.convention === 'DOC-02' && f.message.startsWith('Reference')).map((f) => f.message) };
}

const UNITE = JSON.stringify({ Unite: { type: 'object', properties: { siren: { type: 'string' } } } });

describe('private addresses', () => {
  it('loopback is refused without --allow-private-refs: by IP, by name, and by what a name resolves to; nothing is fetched', async () => {
    const api = await serve((_req, res) => res.end(UNITE));
    const port = new URL(api.origin).port;
    const r = await lintWith(
      { allOf: [{ $ref: `${api.origin}/a.json#/Unite` }, { $ref: `http://localhost:${port}/b.json#/Unite` }, { $ref: `http://vm:${port}/c.json#/Unite` }] },
      [],
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.doc02).toEqual([
      `Reference "${api.origin}/a.json#/Unite" points at an unreadable file: private address 127.0.0.1 refused (--allow-private-refs).`,
      `Reference "http://localhost:${port}/b.json#/Unite" points at an unreadable file: private address localhost refused (--allow-private-refs).`,
      `Reference "http://vm:${port}/c.json#/Unite" points at an unreadable file: private address 127.0.0.1 refused (--allow-private-refs).`,
    ]);
    expect(api.requests).toEqual([]);
  });

  it('with --allow-private-refs the loopback document is read', async () => {
    const api = await serve((_req, res) => res.end(UNITE));
    const r = await lintWith({ $ref: `${api.origin}/a.json#/Unite` }, ['--allow-private-refs']);
    expect(r.stderr).toBe('');
    expect(r.doc02).toEqual([]);
    expect(api.requests).toEqual(['/a.json']);
  });
});

describe('budgets', () => {
  it('a server that drips one byte every 4 s is cut at the 10 s deadline of the document (row 6)', async () => {
    const api = await serve(slowDrip(4000));
    const r = await lintWith({ $ref: `${api.origin}/slow.json#/Unite` }, ['--allow-private-refs']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.doc02).toEqual([`Reference "${api.origin}/slow.json#/Unite" points at an unreadable file: no complete answer within 10000 ms.`]);
  });

  it('a chain of ever-new documents stops at 100 documents per run (row 7)', async () => {
    const api = await serve(endlessChain());
    const r = await lintWith({ $ref: `${api.origin}/doc/0.json#/Unite` }, ['--allow-private-refs']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(api.requests.length).toBe(100);
    expect(r.doc02).toEqual([`Reference "/doc/100.json#/Unite" points at an unreadable file: remote budget exhausted: 100 documents.`]);
  });

  it('200 references to 10 MB documents: 50 MB per run, then refused (row 7)', { timeout: 120_000 }, async () => {
    const api = await serve(bigDocuments(10_000_000));
    const refs = Array.from({ length: 200 }, (_, i) => ({ $ref: `${api.origin}/big/${i}.json#/Unite` }));
    const r = await lintWith({ allOf: refs }, ['--allow-private-refs']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(api.requests.length).toBe(6);
    expect(r.doc02.length).toBe(195);
    expect(r.doc02[0]).toBe(`Reference "${api.origin}/big/5.json#/Unite" points at an unreadable file: remote budget exhausted: 52428800 bytes.`);
    expect(r.doc02[194]).toBe(`Reference "${api.origin}/big/199.json#/Unite" points at an unreadable file: remote budget exhausted: 52428800 bytes.`);
  });
});
