/**
 * The four measured commands: bouquet-lint (full ruleset), Spectral CLI with `spectral:oas`,
 * Redocly CLI with `recommended`, and the spectral-core floor. Peer configurations are generated
 * in a work folder so that no configuration of the project or the user's home is picked up.
 */
import { realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CLI, DIST_BENCH, ROOT } from './paths.js';

export type ToolId = 'bouquet-lint' | 'redocly' | 'spectral' | 'floor';

export interface Tool {
  id: ToolId;
  argv(spec: string): string[];
}

/** Environment of every run: no telemetry and no update notice from Redocly. */
export const BENCH_ENV: NodeJS.ProcessEnv = {
  REDOCLY_TELEMETRY: 'off',
  REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
  NO_COLOR: '1',
};

function bin(name: string): string {
  return realpathSync(path.join(ROOT, 'node_modules', '.bin', name));
}

/** The tools, in the order they alternate within a round. */
export function createTools(workDir: string): Tool[] {
  const node = process.execPath;
  const spectralRuleset = path.join(workDir, '.spectral.yaml');
  writeFileSync(spectralRuleset, 'extends: ["spectral:oas"]\n');
  const redoclyConfig = path.join(workDir, 'redocly.yaml');
  writeFileSync(redoclyConfig, 'extends:\n  - recommended\n');
  const spectral = bin('spectral');
  const redocly = bin('redocly');
  return [
    { id: 'bouquet-lint', argv: (spec) => [node, CLI, 'lint', spec, '--format', 'json'] },
    { id: 'redocly', argv: (spec) => [node, redocly, 'lint', spec, '--config', redoclyConfig] },
    { id: 'spectral', argv: (spec) => [node, spectral, 'lint', spec, '--ruleset', spectralRuleset] },
    { id: 'floor', argv: (spec) => [node, path.join(DIST_BENCH, 'floor.js'), spec] },
  ];
}
