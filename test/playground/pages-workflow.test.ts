/**
 * The GitHub Pages workflow the README points to (.github/workflows/pages.yml): it builds the page
 * as a clone does (`npm ci`, whose `prepare` runs `npm run build`) and publishes dist/playground.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

interface Step {
  uses?: string;
  run?: string;
  id?: string;
  with?: Record<string, unknown>;
}

describe('the GitHub Pages workflow', () => {
  const workflow = parse(readFileSync(path.join(ROOT, '.github', 'workflows', 'pages.yml'), 'utf8')) as {
    on: Record<string, unknown>;
    permissions: Record<string, string>;
    jobs: Record<string, { needs?: string; steps: Step[]; environment?: { name: string } }>;
  };
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

  it('builds with npm ci on a push to main and publishes dist/playground', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['push', 'workflow_dispatch']);
    expect(workflow.on.push).toEqual({ branches: ['main'] });
    expect(workflow.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
    const build = workflow.jobs.build!.steps;
    expect(build.map((s) => s.uses ?? s.run)).toEqual(['actions/checkout@v4', 'actions/setup-node@v4', 'npm ci --no-audit --no-fund', 'actions/upload-pages-artifact@v3']);
    expect(build[1]!.with).toEqual({ 'node-version': 20, cache: 'npm' });
    expect(build[3]!.with).toEqual({ path: 'dist/playground' });
    // npm ci runs `prepare`, which builds the page.
    expect(pkg.scripts.prepare).toBe('npm run build');
    expect(pkg.scripts.build).toContain('node dist/scripts/build-playground.js');
    expect(workflow.jobs.deploy!.needs).toBe('build');
    expect(workflow.jobs.deploy!.environment!.name).toBe('github-pages');
    expect(workflow.jobs.deploy!.steps.map((s) => s.uses)).toEqual(['actions/deploy-pages@v4']);
  });
});
