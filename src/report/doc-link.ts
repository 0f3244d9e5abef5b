/** Where a convention's documentation page is: `docs/rules/<ID>.md` in the installed package. */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PACKAGE_ROOT } from '../package-root.js';

export function docPathFor(convention: string): string {
  return path.join(PACKAGE_ROOT, 'docs', 'rules', `${convention}.md`);
}

export function docUrlFor(convention: string): string {
  return pathToFileURL(docPathFor(convention)).href;
}

/** The doc path relative to the repository root, for links inside the repository (`docs/rules/ID-02.md`). */
export function docRepoPathFor(convention: string): string {
  return `docs/rules/${convention}.md`;
}
