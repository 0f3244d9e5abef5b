/**
 * Issue 10, row 1: a YAML alias bomb (anchors 9 wide × 10 deep, about 3.5 billion nodes once expanded)
 * in a specification or in the configuration file. The loader counts what aliases would add before
 * anything walks the document: the run ends at once with exit 2 and one line naming the file.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

/** Anchors `a0` … `a{depth}`: each a list of `width` aliases to the previous one, written at `indent`. */
function bomb(width: number, depth: number, indent: string): string {
  const lines = [`${indent}a0: &a0 "lol"`];
  for (let d = 1; d <= depth; d++) lines.push(`${indent}a${d}: &a${d} [${Array(width).fill(`*a${d - 1}`).join(', ')}]`);
  return lines.join('\n');
}

const HEAD = `openapi: 3.0.3
info:
  title: API hostile
  version: 1.0.0
servers:
  - url: https://api.exemple.gouv.fr/v1
`;

const PATHS = `paths:
  /unites_legales/{siren}:
    get:
      operationId: getUniteLegale
      parameters:
        - name: siren
          in: path
          required: true
          schema:
            type: string
            pattern: '^\\d{9}$'
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema:
                type: object
`;

// Where each bomb is written, and where its aliases pass the budget: the first alias of `a7` (9^7 nodes).
const PLACES: Record<string, { text: string; at: string }> = {
  'under an x- key': { text: `${HEAD}x-bomb:\n${bomb(9, 10, '  ')}\n${PATHS}`, at: 'ligne 15, colonne 12' },
  'under components.schemas': { text: `${HEAD}${PATHS}components:\n  schemas:\n${bomb(9, 10, '    ')}\n`, at: 'ligne 34, colonne 14' },
  'in an example': { text: `${HEAD}${PATHS}              example:\n${bomb(9, 10, '                ')}\n`, at: 'ligne 33, colonne 26' },
};

function write(name: string, text: string): { dir: string; file: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'bouquet-alias-'));
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return { dir, file };
}

describe('YAML alias bombs', () => {
  for (const [where, { text, at }] of Object.entries(PLACES)) {
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
    const { dir } = write('openapi.yaml', PLACES['under an x- key']!.text);
    const r = await runCli(['lint', 'openapi.yaml', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('Too many YAML aliases in openapi.yaml (line 15, column 12): expanded, they would exceed 1000000 nodes. This limit guards against alias bombs.\n');
  });

  it('in the configuration file: exit 2 at the first alias, before anything is expanded (configuration files take no alias)', async () => {
    const config = `bouquet: entreprise\nx:\n${bomb(9, 10, '  ')}\n`;
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
