/**
 * Every text format of one crafted report, exactly, in both languages (test/report/exact/): two
 * files, a live finding without file, an excused finding, a baselined one, a level switched off,
 * the baseline, the detection. Any change in what a format writes shows here; when it is meant,
 * review the new output and update the expected file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { format as github } from '../../src/report/formatters/github.js';
import { format as gitlab } from '../../src/report/formatters/gitlab.js';
import type { FormatOptions } from '../../src/report/formatters/index.js';
import { format as junit } from '../../src/report/formatters/junit.js';
import { format as markdown } from '../../src/report/formatters/markdown.js';
import { format as sarif } from '../../src/report/formatters/sarif.js';
import { formatStylish } from '../../src/report/formatters/stylish.js';
import { render } from '../../src/report/formatters/index.js';
import type { ReportModel } from '../../src/report/model.js';
import { craftedText } from './crafted.js';
import { ROOT } from './helpers.js';

// The formatters are imported directly (not through `render`, which loads them by a computed
// name): Stryker's vitest runner only runs the tests that statically import a mutated file.
// `render` adds the sanitiser and the `::` guard, which change nothing in this report.
type Formatter = (report: ReportModel, options: FormatOptions) => string;
const FILES: [string, Formatter, string][] = [
  ['stylish', formatStylish, 'stylish.txt'],
  ['junit', junit, 'xml'],
  ['markdown', markdown, 'md'],
  ['github', github, 'github.txt'],
  ['sarif', sarif, 'sarif.json'],
  ['gitlab', gitlab, 'gitlab.json'],
];

describe('every format, exactly', () => {
  for (const lang of ['en', 'fr'] as const) {
    it.each(FILES)(`%s (${lang})`, (_name, format, ext) => {
      const expected = readFileSync(path.join(ROOT, 'test', 'report', 'exact', `crafted.${lang}.${ext}`), 'utf8');
      expect(format(craftedText(lang), { color: false, cwd: ROOT, docsUrl: 'https://docs.exemple.fr/regles' })).toBe(expected);
    });

    it(`render gives the same text (${lang})`, async () => {
      const expected = readFileSync(path.join(ROOT, 'test', 'report', 'exact', `crafted.${lang}.md`), 'utf8');
      expect(await render('markdown', craftedText(lang), { color: false, cwd: ROOT, docsUrl: 'https://docs.exemple.fr/regles' })).toBe(expected);
    });
  }
});
