/**
 * Issue 10, row 1: a YAML alias bomb (anchors 9 wide × 10 deep, about 3.5 billion nodes once expanded)
 * in a specification or in the configuration file. The loader counts what aliases would add before
 * anything walks the document: the run ends at once with exit 2 and one line naming the file.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALIAS_BOMBS, aliasBombConfig, YAML_HEAD as HEAD, YAML_PATHS as PATHS } from '../../bench/hostile-specs.js';
import { runCli } from '../helpers/cli.js';

// Where each bomb is written, and where its aliases pass the budget: the first alias of `a7` (9^7 nodes).
const AT: Record<keyof typeof ALIAS_BOMBS, string> = {
  'under an x- key': 'ligne 15, colonne 12',
  'under components.schemas': 'ligne 34, colonne 14',
  'in an example': 'ligne 33, colonne 26',
};

function write(name: string, text: string): { dir: string; file: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'bouquet-alias-'));
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return { dir, file };
}

describe('YAML alias bombs', () => {
  for (const [where, text] of Object.entries(ALIAS_BOMBS)) {
    const at = AT[where as keyof typeof ALIAS_BOMBS];
    it(`${where}: exit 2, one line naming the file and the alias budget`, async () => {
      const { dir } = write('openapi.yaml', text);
      const r = await runCli(['lint', 'openapi.yaml'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(
        `Alias YAML trop nombreux dans openapi.yaml (${at}) : une fois développés, ils dépasseraient 1000000 nœuds. Cette limite protège des « bombes d'alias ».\n`,
      );
    });
  }

  it('in English with --lang en', async () => {
    const { dir } = write('openapi.yaml', ALIAS_BOMBS['under an x- key']);
    const r = await runCli(['lint', 'openapi.yaml', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('Too many YAML aliases in openapi.yaml (line 15, column 12): expanded, they would exceed 1000000 nodes. This limit guards against alias bombs.\n');
  });

  it('in the configuration file: exit 2 at the first alias, before anything is expanded (configuration files take no alias)', async () => {
    const config = aliasBombConfig();
    const { dir } = write('.bouquet-lint.yaml', config);
    writeFileSync(path.join(dir, 'openapi.yaml'), HEAD + PATHS);
    const r = await runCli(['lint', 'openapi.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    const firstAlias = config.indexOf('*');
    const line = config.slice(0, firstAlias).split('\n').length;
    const name = /^\w+/.exec(config.slice(firstAlias + 1))![0];
    expect(r.stderr).toBe(`.bouquet-lint.yaml:${line} : les alias YAML (*${name}) ne sont pas acceptés dans un fichier de configuration ; recopiez la valeur.\n`);
  });

  it('an alias inside its own anchor: exit 2, one line', async () => {
    const { dir } = write('openapi.yaml', `${HEAD}x-loop: &loop\n  self: *loop\n${PATHS}`);
    const r = await runCli(['lint', 'openapi.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('Alias YAML récursif dans openapi.yaml (ligne 8, colonne 9) : il désigne le nœud qui le contient.\n');
  });

  it('a few ordinary aliases (a shared parameter) are expanded: the same findings as the spec written out', async () => {
    const aliased = `${HEAD}x-common:\n  siren: &siren\n    name: siren\n    in: path\n    required: true\n    schema:\n      type: string\n      pattern: '^\\d{9}$'\n${PATHS.replace(/        - name: siren\n(.*\n){5}/, '        - *siren\n')}`;
    const written = `${HEAD}x-common:\n  siren:\n    name: siren\n    in: path\n    required: true\n    schema:\n      type: string\n      pattern: '^\\d{9}$'\n${PATHS}`;
    const rules = async (text: string) => {
      const { dir } = write('openapi.yaml', text);
      const r = await runCli(['lint', 'openapi.yaml', '--format', 'json'], { cwd: dir });
      expect(r.stderr).toBe('');
      return { code: r.code, rules: (JSON.parse(r.stdout).findings as { rule: string; message: string }[]).map((f) => `${f.rule} ${f.message}`).sort() };
    };
    expect(aliased).toContain('- *siren\n');
    expect(await rules(aliased)).toEqual(await rules(written));
  });
});
