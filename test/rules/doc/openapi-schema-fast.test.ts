/**
 * The build-time fast validators of the official OpenAPI schemas (dist/rulesets/doc/generated, made
 * by `npm run build`): they must answer valid/invalid exactly as the full validator does, and the
 * built CLI must use them, compiling the OpenAPI schema only for an invalid document.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import spectralParsers from '@stoplight/spectral-parsers';
import { beforeAll, describe, expect, it } from 'vitest';
import { newAjv, oasSchema, oasValidator } from '../../../rulesets/doc/openapi-schema-validator.js';
import { ROOT } from '../../helpers/lint.js';
import { exampleSpec, type Spec } from './spec-builder.js';

type Check = (data: unknown) => boolean;

const GENERATED = path.join(ROOT, 'dist/rulesets/doc/generated');
const generatedFile = (minor: 0 | 1) => path.join(GENERATED, `oas3${minor}-fast.cjs`);

const parse = (file: string): Spec => {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  return file.endsWith('.json') ? (JSON.parse(text) as Spec) : (spectralParsers.Yaml.parse(text).data as Spec);
};

/** Every OpenAPI 3.0 specification of the corpus (the Swagger 2.0 one aside). */
const corpus = (): Spec[] =>
  ['bouquet', 'producers'].flatMap((dir) =>
    readdirSync(path.join(ROOT, 'fixtures/corpus', dir))
      .map((f) => parse(`fixtures/corpus/${dir}/${f}`))
      .filter((s) => typeof s.openapi === 'string'),
  );

/**
 * Documents one edit away from `base`: each string value turned into a number, each key removed,
 * and a misspelt key added to each object. Some stay valid (free-form examples, schema properties,
 * optional keys), most do not.
 */
function oneEditAway(base: Spec): Spec[] {
  const out: Spec[] = [];
  const json = JSON.stringify(base);
  const edit = (change: (node: Spec) => void, at: (string | number)[]) => {
    const doc = JSON.parse(json) as Spec;
    change(at.reduce<Spec>((node, seg) => node[seg] as Spec, doc));
    out.push(doc);
  };
  const walk = (node: unknown, at: (string | number)[]) => {
    if (typeof node !== 'object' || node === null) return;
    const keys: (string | number)[] = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    if (!Array.isArray(node)) edit((n) => (n.descriptoin = 'Description'), at);
    for (const k of keys) {
      const value = (node as Spec)[k];
      if (typeof value === 'string') edit((n) => (n[k] = 42), at);
      if (!Array.isArray(node)) edit((n) => delete n[k], at);
      walk(value, [...at, k]);
    }
  };
  walk(base, []);
  return out;
}

function agreement(fast: Check, full: Check, docs: Spec[]) {
  let valid = 0;
  const disagreements: number[] = [];
  docs.forEach((doc, i) => {
    const verdict = fast(doc);
    if (verdict !== full(doc)) disagreements.push(i);
    if (verdict) valid++;
  });
  return { valid, invalid: docs.length - valid, disagreements };
}

describe('fast OpenAPI schema validators generated at build time', () => {
  const fast: Partial<Record<0 | 1, Check>> = {};

  beforeAll(async () => {
    for (const minor of [0, 1] as const) {
      if (!existsSync(generatedFile(minor))) throw new Error(`${generatedFile(minor)} is missing: run \`npm run build\` first`);
      fast[minor] = ((await import(pathToFileURL(generatedFile(minor)).href)) as { default: Check }).default;
    }
  });

  it('come from official schemas (3.1 with its errata) that are valid against their meta-schemas, which a run does not re-check', () => {
    for (const minor of [0, 1] as const) {
      const ajv = newAjv(minor, { strict: false, validateFormats: false });
      expect(ajv.validateSchema(oasSchema(minor)), `3.${minor}: ${ajv.errorsText()}`).toBe(true);
    }
  });

  it('are standalone: they load only Ajv runtime helpers, never Ajv itself', () => {
    for (const minor of [0, 1] as const) {
      const code = readFileSync(generatedFile(minor), 'utf8');
      const loaded = [...code.matchAll(/(?:require\(|from )"([^"]+)"/g)].map((m) => m[1]);
      expect(loaded.filter((m) => m !== 'node:module' && !m!.startsWith('ajv/dist/runtime/'))).toEqual([]);
    }
  });

  it('agree with the full 3.0 validator on the corpus and on every one-edit variant of the example spec', () => {
    const docs = [...corpus(), exampleSpec(), ...oneEditAway(exampleSpec())];
    const r = agreement(fast[0]!, oasValidator(0).validate, docs);
    expect(r.disagreements).toEqual([]);
    expect(r.valid).toBeGreaterThan(300);
    expect(r.invalid).toBeGreaterThan(300);
  });

  it('agree with the full 3.1 validator (with its errata) on valid, broken and one-edit variant documents', () => {
    const example31 = { ...exampleSpec(), openapi: '3.1.0' };
    const base = parse('fixtures/rules/doc/schema/openapi-31.yaml');
    const docs = [base, parse('fixtures/rules/doc/schema/openapi-31-broken.yaml'), example31, ...oneEditAway(base), ...oneEditAway(example31)];
    const r = agreement(fast[1]!, oasValidator(1).validate, docs);
    expect(r.disagreements).toEqual([]);
    expect(r.valid).toBeGreaterThan(300);
    expect(r.invalid).toBeGreaterThan(200);
    // Errata: a license with only a name is valid in 3.1; the published 2021 schema asked for more.
    expect(fast[1]!({ ...base, info: { ...base.info, license: { name: 'MIT' } } })).toBe(true);
  });

  it('make the built command line compile the OpenAPI schema only for an invalid document', () => {
    // Counts the Ajv compiles of an official OpenAPI schema in the CLI process (all Ajv classes share this prototype).
    const count = [
      'import { createRequire } from "node:module";',
      `const Ajv = createRequire(${JSON.stringify(path.join(ROOT, 'package.json'))})("ajv/dist/core.js").default;`,
      'const compile = Ajv.prototype.compile;',
      'let n = 0;',
      'Ajv.prototype.compile = function (schema, meta) {',
      '  if (/^https:\\/\\/spec\\.openapis\\.org\\/oas\\/3\\./.test(String(schema?.$id ?? schema?.id))) n++;',
      '  return compile.call(this, schema, meta);',
      '};',
      'process.on("exit", () => process.stderr.write(`oas-compiles=${n}\\n`));',
    ].join('\n');
    const lint = (file: string) => {
      // The command line from tsc's output: the bundle bin/bouquet-lint.js runs carries its own copy of Ajv, out of this hook's reach.
      const args = ['--import', `data:text/javascript,${encodeURIComponent(count)}`, 'dist/bench/unbundled-cli.js', 'lint', file, '-f', 'json'];
      const { status, stdout, stderr } = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
      const findings = (JSON.parse(stdout) as { findings: { rule: string }[] }).findings.filter((f) => f.rule === 'bouquet-valid-openapi-schema');
      return { status, findings, compiles: /oas-compiles=(\d+)/.exec(stderr)?.[1] };
    };
    const clean = lint('fixtures/example/openapi.yaml');
    expect(clean).toEqual({ status: 0, findings: [], compiles: '0' });
    const broken = lint('fixtures/rules/doc/schema/openapi-31-broken.yaml');
    expect(broken.status).toBe(1);
    expect(broken.findings).toHaveLength(6);
    expect(broken.compiles).toBe('1');
  });
});
