/**
 * Where a convention's documentation page is. Reports leave the machine (a SARIF upload, an HTML
 * audit sent to DINUM), so they link a page only at a public address: the `docsUrl` of the config
 * file, else the `docsUrl` of package.json (the folder holding `<ID>.md`). Never a `file://` path,
 * which would leak the local install folder; without a public address, reports name the page by
 * its path in the repository (`docs/rules/ID-02.md`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../package-root.js';

/** The page on this machine, for the `rules` command (shown to the person running it, never in a report). */
export function docPathFor(convention: string): string {
  return path.join(PACKAGE_ROOT, 'docs', 'rules', `${convention}.md`);
}

/** The doc path relative to the repository root, for links inside the repository (`docs/rules/ID-02.md`). */
export function docRepoPathFor(convention: string): string {
  return `docs/rules/${convention}.md`;
}

/** True for an absolute http(s) URL: the only kind of documentation address a report may carry. */
export function isPublicUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

let packageDocsUrl: string | null | undefined;

function fromPackageJson(): string | undefined {
  if (packageDocsUrl === undefined) {
    let pkg: { docsUrl?: unknown } = {};
    try {
      pkg = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { docsUrl?: unknown };
    } catch {
      // No package.json to read (the web page has no file system): no public documentation address.
    }
    packageDocsUrl = typeof pkg.docsUrl === 'string' && isPublicUrl(pkg.docsUrl) ? pkg.docsUrl : null;
  }
  return packageDocsUrl ?? undefined;
}

/** The public folder of the rule pages: `configured` (the config file's `docsUrl`), else package.json's; undefined when neither. */
export function docsBaseUrl(configured?: string): string | undefined {
  const base = configured !== undefined && isPublicUrl(configured) ? configured : fromPackageJson();
  if (base === undefined) return undefined;
  return base.endsWith('/') ? base : base + '/';
}

/** The public page of a convention, or undefined when no public documentation address is configured. */
export function docUrlFor(convention: string, configured?: string): string | undefined {
  const base = docsBaseUrl(configured);
  return base === undefined ? undefined : new URL(`${encodeURIComponent(convention)}.md`, base).href;
}
