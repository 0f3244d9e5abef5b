/**
 * The tests `npm run mutation` runs against each mutant: the in-process tests of the mutated code
 * (identifiers, report and formatters, output, ignore, bouquet detection, credential, probe client).
 * Tests that spawn the built CLI run dist/, which Stryker does not mutate: they cover no mutant, so
 * per-test coverage runs them only once, in the initial run.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'test/identifiers/**/*.test.ts',
      'test/model.test.ts',
      'test/report/github.test.ts',
      'test/report/html.test.ts',
      'test/report/junit.test.ts',
      'test/report/markdown.test.ts',
      'test/report/sarif.test.ts',
      'test/report/sanitize.test.ts',
      'test/report/stylish.test.ts',
      'test/report/gitlab.test.ts',
      'test/report/json.test.ts',
      'test/report/parts.test.ts',
      'test/report/formats-exact.test.ts',
      'test/report/html-exact.test.ts',
      'test/report/html-parts.test.ts',
      'test/report/changes-text.test.ts',
      'test/report/markdown-summary.test.ts',
      'test/report/doc-link-package.test.ts',
      'test/report/model-details.test.ts',
      'test/report/charts.test.ts',
      'test/report/html-findings.test.ts',
      'test/report/html-sections.test.ts',
      'test/report/render-exact.test.ts',
      'test/report/stylish-colour.test.ts',
      'test/cli/exit-code.test.ts',
      'test/cli/output.test.ts',
      'test/lint/ignore.test.ts',
      'test/lint/ignore-rules.test.ts',
      'test/lint/bouquet.test.ts',
      'test/lint/bouquet-evidence.test.ts',
      'test/hostile/redaction.test.ts',
      'test/probe/safety.test.ts',
      'test/probe/credential.test.ts',
      'test/probe/client.test.ts',
      'test/probe/plan.test.ts',
    ],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
