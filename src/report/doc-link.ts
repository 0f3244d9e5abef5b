/** Where a convention's documentation page is: `docs/rules/<ID>.md` in the installed package. */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// dist/src/report/doc-link.js → package root
const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

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
