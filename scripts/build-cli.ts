/**
 * Build step (`npm run build`): the command line as a few ES modules in `dist/cli/`, which
 * `bin/bouquet-lint.js` runs. tsc's output (`dist/src`, hundreds of files, plus the dependencies'
 * own hundreds) costs Node a resolution, a read and a compile per module at every start; esbuild
 * joins them into one module per command path (a chunk per lazily imported part: the probe, the
 * HTML report, `diff`, the team ruleset bundler are loaded only by the runs that use them).
 *
 * Four substitutions, each for code the command line never runs:
 * - spectral-core validates every ruleset it is given against its JSON Schema, compiling that
 *   schema with Ajv at each start. bouquet-lint's own ruleset is built by code that does not change
 *   between runs, and is validated by the test suite (which runs the unbundled spectral-core); it is
 *   marked with `TRUSTED_RULESET` (src/lint/engine.ts), and the bundled `assertValidRuleset` skips
 *   only rulesets that carry the mark. A team's ruleset (`--ruleset`) is validated as before.
 * - spectral-runtime's `fetch` (node-fetch, with a URL library that builds Unicode tables when
 *   loaded): the engine is given documents already resolved and a resolver that fetches nothing,
 *   and the team ruleset bundler is given a `fetch` that refuses; the stub throws if anything calls it.
 * - es-aggregate-error, a polyfill of the `AggregateError` that Node ≥ 15 has built in.
 * - spectral-core's Ajv instance for rule functions' options, built when the module loads: it is
 *   now built on first use (bouquet-lint's rules have no options; a team ruleset's functions do).
 *
 * And one reduction: the engine's packages get the thirteen lodash functions they call rather than
 * the whole of lodash (`LODASH_SUBSET`).
 */
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { TRUSTED_RULESET } from '../src/lint/engine.js';
import { PACKAGE_ROOT } from '../src/package-root.js';

const DIST = path.join(PACKAGE_ROOT, 'dist');
const OUT = path.join(DIST, 'cli');

/** CommonJS modules standing for dependencies the command line never calls (their importers `require` them). */
const STUBS: Record<string, string> = {
  // Only spectral-runtime's `fetch` imports node-fetch; the engine gets documents the loader resolved.
  'node-fetch': [
    'module.exports = function noFetch(uri) {',
    "  return Promise.reject(new Error('bouquet-lint: the rules engine does not fetch (' + String(uri) + ')'));",
    '};',
  ].join('\n'),
  'es-aggregate-error': 'module.exports = AggregateError;',
};

/** A dependency's file rewritten in the bundle: each `from` must be found, or the build fails. */
interface Patch {
  file: RegExp;
  edits: { from: string; to: string }[];
  append?: string;
}

const SPECTRAL_CORE = String.raw`@stoplight[\/]spectral-core[\/]dist[\/]`;

const PATCHES: Patch[] = [
  // Validation skipped for the ruleset marked as bouquet-lint's own (TRUSTED_RULESET), kept for any other.
  {
    file: new RegExp(`${SPECTRAL_CORE}ruleset[\\/]validation[\\/]assertions\\.js$`),
    edits: [{ from: "function assertValidRuleset(ruleset, format = 'js', sourceContext) {", to: "function checkRuleset(ruleset, format = 'js', sourceContext) {" }],
    append: [
      'function assertValidRuleset(ruleset, format, sourceContext) {',
      `    if (ruleset !== null && typeof ruleset === 'object' && ruleset[Symbol.for(${JSON.stringify(Symbol.keyFor(TRUSTED_RULESET))})] === true) return;`,
      '    checkRuleset(ruleset, format, sourceContext);',
      '}',
    ].join('\n'),
  },
  // The Ajv instance that checks a rule function's options is built when a function has options to
  // check (a team ruleset's), not when the module loads: bouquet-lint's rules take none, and the
  // ajv-errors plugin alone costs about 0.1 s.
  {
    file: new RegExp(`${SPECTRAL_CORE}ruleset[\\/]function\\.js$`),
    edits: [
      {
        from: [
          "const ajv = new ajv_1.default({ allErrors: true, allowUnionTypes: true, strict: true, keywords: ['x-internal'] });",
          '(0, ajv_errors_1.default)(ajv);',
          '(0, ajv_formats_1.default)(ajv);',
        ].join('\n'),
        to: [
          'let ajvInstance;',
          'const ajv = {',
          '    compile(schema) {',
          '        if (ajvInstance === undefined) {',
          "            ajvInstance = new ajv_1.default({ allErrors: true, allowUnionTypes: true, strict: true, keywords: ['x-internal'] });",
          '            (0, ajv_errors_1.default)(ajvInstance);',
          '            (0, ajv_formats_1.default)(ajvInstance);',
          '        }',
          '        return ajvInstance.compile(schema);',
          '    },',
          '};',
        ].join('\n'),
      },
    ],
  },
];

function patched(file: string, patch: Patch): string {
  let source = readFileSync(file, 'utf8');
  for (const { from, to } of patch.edits) {
    if (!source.includes(from)) throw new Error(`${file}: "${from.split('\n')[0]}" not found (the dependency changed: review scripts/build-cli.ts)`);
    source = source.replace(from, to);
  }
  return patch.append ? `${source}\n${patch.append}\n` : source;
}

/**
 * The lodash functions that the engine's packages call (spectral-core, spectral-runtime, @stoplight/json):
 * those packages get a module of these functions, each from its own lodash file, instead of the whole
 * library (half a megabyte, all of it built when first required). The build reads each of these
 * importers and fails if it calls a lodash function missing here.
 */
const LODASH_SUBSET = ['cloneDeep', 'get', 'has', 'isError', 'isObject', 'isObjectLike', 'isString', 'omit', 'set', 'setWith', 'toPath', 'trimStart', 'uniqBy'];
const LODASH_SUBSET_IMPORTERS = /@stoplight[\/](spectral-core|spectral-runtime|json)[\/]/;

function checkLodashCalls(importer: string): void {
  for (const [, name] of readFileSync(importer, 'utf8').matchAll(/\blodash(?:_1)?\.(\w+)/g)) {
    if (!LODASH_SUBSET.includes(name!)) throw new Error(`${importer} calls lodash.${name}, missing from LODASH_SUBSET (scripts/build-cli.ts)`);
  }
}

const substitutions: esbuild.Plugin = {
  name: 'bouquet-lint-substitutions',
  setup(build) {
    build.onResolve({ filter: /^(node-fetch|es-aggregate-error)$/ }, (args) => ({ path: args.path, namespace: 'bouquet-lint-stub' }));
    build.onLoad({ filter: /.*/, namespace: 'bouquet-lint-stub' }, (args) => ({ contents: STUBS[args.path], loader: 'js' }));
    build.onResolve({ filter: /^lodash$/ }, (args) => {
      if (!LODASH_SUBSET_IMPORTERS.test(args.importer)) return undefined;
      checkLodashCalls(args.importer);
      return { path: 'lodash-subset', namespace: 'bouquet-lint-lodash' };
    });
    build.onLoad({ filter: /.*/, namespace: 'bouquet-lint-lodash' }, () => ({
      contents: `module.exports = {\n${LODASH_SUBSET.map((f) => `  ${f}: require('lodash/${f}.js'),`).join('\n')}\n};`,
      loader: 'js',
      resolveDir: PACKAGE_ROOT,
    }));
    // jsonc-parser's `main` is a UMD file esbuild cannot follow; its ES module build is the same code.
    build.onResolve({ filter: /^jsonc-parser$/ }, () => ({ path: path.join(PACKAGE_ROOT, 'node_modules', 'jsonc-parser', 'lib', 'esm', 'main.js') }));
    for (const patch of PATCHES) {
      build.onLoad({ filter: patch.file }, (args) => ({ contents: patched(args.path, patch), loader: 'js', resolveDir: path.dirname(args.path) }));
    }
  },
};

export async function buildCli(): Promise<esbuild.Metafile> {
  rmSync(OUT, { recursive: true, force: true });
  const result = await esbuild.build({
    entryPoints: { main: path.join(DIST, 'src', 'cli', 'main.js') },
    absWorkingDir: PACKAGE_ROOT,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    splitting: true,
    outdir: OUT,
    chunkNames: 'chunks/[name]-[hash]',
    // Whitespace and syntax only: names stay as written (`--debug` stacks stay readable), and
    // `keepNames` keeps each function's `name`, which spectral-core prints in its messages.
    minifyWhitespace: true,
    minifySyntax: true,
    keepNames: true,
    // The Swagger 2.0 converters are required at run time, only for Swagger 2.0 files.
    // (fsevents: rollup's optional macOS file watcher, which the ruleset bundler never starts.)
    external: ['@apidevtools/swagger-parser', 'swagger2openapi', 'fsevents'],
    // The CommonJS dependencies call `require` for Node's built-ins, and the ruleset bundler resolves
    // a team ruleset's own `require`s from its `__dirname` (here: the chunk's folder, in this package).
    banner: {
      js: [
        "import { createRequire as __bouquetLintRequire } from 'node:module';",
        "import { fileURLToPath as __bouquetLintPath } from 'node:url';",
        'const require = __bouquetLintRequire(import.meta.url);',
        'const __bouquetLintFilename = __bouquetLintPath(import.meta.url);',
        "const __bouquetLintDirname = __bouquetLintFilename.replace(/[\\\\/][^\\\\/]*$/, '');",
      ].join(' '),
    },
    define: { __dirname: '__bouquetLintDirname', __filename: '__bouquetLintFilename' },
    plugins: [substitutions],
    metafile: true,
    logLevel: 'error',
  });
  // The OpenAPI validators generated at build time are found next to the module that loads them.
  const loader = Object.entries(result.metafile.outputs).find(([, o]) => Object.keys(o.inputs).some((i) => i.endsWith('rulesets/doc/openapi-schema-validator.js')));
  if (!loader) throw new Error('build-cli: openapi-schema-validator is not in the bundle');
  const generated = path.join(PACKAGE_ROOT, path.dirname(loader[0]), 'generated');
  mkdirSync(generated, { recursive: true });
  cpSync(path.join(DIST, 'rulesets', 'doc', 'generated'), generated, { recursive: true });
  return result.metafile;
}

await buildCli();
