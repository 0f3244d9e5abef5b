/**
 * The documentation address taken from package.json's `docsUrl` (the repository's own package.json
 * has none, so the file is replaced here): used when public, ignored when not public, not a string or
 * unreadable, read once per process, and overridden by a public address from the configuration.
 */
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as docLinkModule from '../../src/report/doc-link.js';

const pkg = vi.hoisted(() => ({ text: null as string | null, throws: false, reads: 0 }));

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readFileSync = ((file: unknown, ...rest: unknown[]) => {
    if (typeof file === 'string' && path.basename(file) === 'package.json' && pkg.text !== null) {
      pkg.reads++;
      if (pkg.throws) throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
      return pkg.text;
    }
    return (fs.readFileSync as (...a: unknown[]) => unknown)(file, ...rest);
  }) as typeof fs.readFileSync;
  return { ...fs, readFileSync, default: { ...fs, readFileSync } };
});

/** doc-link loaded afresh (its package.json answer is cached per process) with this package.json. */
async function withPackage(json: Record<string, unknown> | null, throws = false): Promise<typeof docLinkModule> {
  vi.resetModules();
  pkg.text = JSON.stringify({ name: 'bouquet-lint', version: '1.2.3', ...json });
  const mod = (await import('../../src/report/doc-link.js')) as typeof docLinkModule;
  // Set after the import: the package root is found by reading package.json at load time.
  pkg.throws = throws;
  pkg.reads = 0;
  return mod;
}

beforeEach(() => {
  pkg.reads = 0;
});
afterEach(() => {
  pkg.text = null;
  pkg.throws = false;
});

describe("package.json's docsUrl", () => {
  it('a public docsUrl is the folder of the rule pages, read once', async () => {
    const { docsBaseUrl, docUrlFor } = await withPackage({ docsUrl: 'https://pkg.exemple.fr/regles' });
    expect(docsBaseUrl()).toBe('https://pkg.exemple.fr/regles/');
    expect(docUrlFor('ID-02')).toBe('https://pkg.exemple.fr/regles/ID-02.md');
    // A configured address that is not public falls back to it; a public one wins.
    expect(docUrlFor('ID-02', 'file:///home/me/docs/')).toBe('https://pkg.exemple.fr/regles/ID-02.md');
    expect(docUrlFor('ID-02', 'https://conf.exemple.fr/d/')).toBe('https://conf.exemple.fr/d/ID-02.md');
    expect(pkg.reads).toBe(1);
  });

  it('a docsUrl already ending with a slash is kept as is', async () => {
    const { docsBaseUrl } = await withPackage({ docsUrl: 'http://pkg.exemple.fr/r/' });
    expect(docsBaseUrl()).toBe('http://pkg.exemple.fr/r/');
  });

  it('a file:// docsUrl, a relative one, or one that is not a string gives no address (and is not read again)', async () => {
    for (const docsUrl of ['file:///usr/lib/node_modules/bouquet-lint/docs/rules/', 'docs/rules/', 42]) {
      const { docsBaseUrl, docUrlFor } = await withPackage({ docsUrl });
      expect(docsBaseUrl(), String(docsUrl)).toBeUndefined();
      expect(docUrlFor('ID-02'), String(docsUrl)).toBeUndefined();
      expect(pkg.reads, String(docsUrl)).toBe(1);
    }
  });

  it('an unreadable package.json gives no address', async () => {
    const { docsBaseUrl } = await withPackage({ docsUrl: 'https://pkg.exemple.fr/regles' }, true);
    expect(docsBaseUrl()).toBeUndefined();
    expect(docsBaseUrl('https://conf.exemple.fr')).toBe('https://conf.exemple.fr/');
  });

  it('the local page, for the rules command, is under the package root', () => {
    expect(docLinkModule.docPathFor('ID-02')).toBe(path.join(path.resolve(import.meta.dirname, '..', '..'), 'docs', 'rules', 'ID-02.md'));
  });
});
