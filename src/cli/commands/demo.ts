/**
 * `bouquet-lint demo`: the main job on the bundled example producer. Lints its spec and test cases,
 * starts the example server on loopback, probes it, and writes the HTML audit report to a new
 * temporary folder (or `--html <file>`). `--fault <name>` breaks one convention of the server.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UsageError } from '../../load/errors.js';
import { t } from '../../i18n/index.js';
import { PACKAGE_ROOT } from '../../package-root.js';
import { probeSpec } from '../../probe/index.js';
import { render } from '../../report/formatters/index.js';
import { FAULTS, startExampleServer, type Fault } from '../../../fixtures/example/server.js';
import type { CommonOptions } from '../options.js';
import { emit, exitCodeFor } from '../output.js';
import { lintOne, reportFor } from '../pipeline.js';

const TOKEN_ENV = 'BOUQUET_LINT_DEMO_TOKEN';

export interface DemoOptions {
  html?: string;
  fault?: string[];
}

export async function demoCommand(common: CommonOptions, raw: DemoOptions): Promise<number> {
  const faults = (raw.fault ?? []).map((f) => {
    if (!(FAULTS as readonly string[]).includes(f)) throw new UsageError('cli.badOption', { option: '--fault', value: f, expected: FAULTS.join(', ') });
    return f as Fault;
  });
  const spec = path.join(PACKAGE_ROOT, 'fixtures', 'example', 'openapi.yaml');
  const cases = path.join(PACKAGE_ROOT, 'fixtures', 'example', 'cases');
  const options: CommonOptions = {
    ...common,
    cases,
    config: {
      ...common.config,
      // On loopback the example server speaks plain HTTP: TLS is the one thing a local demo cannot show.
      ignore: [...common.config.ignore, { rule: 'SRV-04', reason: t(common.lang, 'demo.loopback') }],
    },
  };
  const say = (line: string) => process.stderr.write(line + '\n');

  const linted = await lintOne(spec, options);
  say(t(options.lang, 'demo.linting', { spec: linted.spec.root.displayPath }));
  const server = await startExampleServer({ faults });
  try {
    say(t(options.lang, 'demo.server', { url: server.url }));
    process.env[TOKEN_ENV] = server.token;
    const probe = await probeSpec(linted, { baseUrl: server.url, tokenEnv: TOKEN_ENV, cases, checkMethods: true, rate: 100 }, options);
    const report = reportFor([linted], options, probe);
    const file = raw.html ? path.resolve(common.cwd, raw.html) : path.join(mkdtempSync(path.join(tmpdir(), 'bouquet-lint-demo-')), 'rapport-audit.html');
    const html = await render('html', report, { color: false, quiet: options.quiet, cwd: options.cwd, docsUrl: options.config.docsUrl });
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, html);
    } catch (e) {
      throw new UsageError('cli.writeFailed', { file, detail: (e as Error).message });
    }
    await emit(report, options);
    say(t(options.lang, 'demo.report', { file }));
    say(t(options.lang, 'demo.open'));
    return exitCodeFor(report, options.failOn);
  } finally {
    delete process.env[TOKEN_ENV];
    await server.close();
  }
}
