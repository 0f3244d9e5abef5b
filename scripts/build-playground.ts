/**
 * Build step (`npm run build`): the web page `dist/playground/`, a static site that lints in the
 * browser. esbuild bundles the page and its Web Worker (the CLI's own engine) into hashed files;
 * `index.html` is written here, in French, with a strict Content-Security-Policy. The Node
 * built-ins that the engine's modules import are replaced by the shims of src/playground/shims/
 * (the page never reaches the file system, the network or a child process).
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { t, type MessageKey } from '../src/i18n/index.js';
import { PACKAGE_ROOT, PACKAGE_VERSION } from '../src/package-root.js';
import { CSS as REPORT_CSS, JS as REPORT_JS } from '../src/report/html/assets.js';
import { esc } from '../src/report/html/escape.js';

const OUT = path.join(PACKAGE_ROOT, 'dist', 'playground');
const ASSETS = path.join(OUT, 'assets');
const SRC = path.join(PACKAGE_ROOT, 'src', 'playground');
const shim = (name: string) => path.join(SRC, 'shims', `${name}.ts`);

/** Node built-ins (and undici) as the browser bundle sees them. */
const SHIMS: Record<string, string> = {
  fs: shim('fs'),
  crypto: shim('crypto'),
  module: shim('module'),
  url: shim('url'),
  undici: shim('undici'),
  net: shim('net'),
  path: path.join(PACKAGE_ROOT, 'node_modules', 'path-browserify', 'index.js'),
};

const browserShims: esbuild.Plugin = {
  name: 'browser-shims',
  setup(build) {
    build.onResolve({ filter: /^(node:)?(fs|crypto|module|url|path|net)$|^undici$/ }, (args) => ({ path: SHIMS[args.path.replace(/^node:/, '')]! }));
    // No socket, no name resolution and no team ruleset (`--ruleset`) in the page.
    build.onResolve({ filter: /^(node:)?(tls|dns)$|\/lint\/team-ruleset\.js$/ }, () => ({ path: shim('offline') }));
    // The package root is found on disk by the CLI; the page knows its version from the build.
    build.onResolve({ filter: /\/package-root\.js$/ }, () => ({ path: shim('package-root') }));
    // jsonc-parser's `main` is a UMD file esbuild cannot follow; its ES module build is the same code.
    build.onResolve({ filter: /^jsonc-parser$/ }, () => ({ path: path.join(PACKAGE_ROOT, 'node_modules', 'jsonc-parser', 'lib', 'esm', 'main.js') }));
  },
};

async function bundle(entry: string, define: Record<string, string>): Promise<string> {
  const result = await esbuild.build({
    entryPoints: { [entry]: path.join(SRC, `${entry}.ts`) },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    outdir: ASSETS,
    entryNames: '[name]-[hash]',
    loader: { '.yaml': 'text' },
    define: { __BOUQUET_LINT_VERSION__: JSON.stringify(PACKAGE_VERSION), ...define },
    plugins: [browserShims],
    metafile: true,
    logLevel: 'error',
    // formatters/index.ts loads formats by name (`import('./' + format + '.js')`): the page imports the ones it needs directly.
    logOverride: { 'empty-glob': 'silent' },
  });
  const outputs = Object.keys(result.metafile.outputs).filter((f) => f.endsWith('.js'));
  return path.basename(outputs[0]!);
}

/** Writes an asset under a name that changes with its content. */
function writeHashed(name: string, ext: string, content: string): string {
  const file = `${name}-${createHash('sha256').update(content).digest('hex').slice(0, 10)}.${ext}`;
  writeFileSync(path.join(ASSETS, file), content);
  return file;
}

const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function indexHtml(assets: { page: string; css: string }): string {
  const tx = (key: MessageKey, args: Record<string, string | number> = {}) => esc(t('fr', key, args));
  const text = (tag: string, key: MessageKey, attrs = '') => `<${tag} data-t="${key}"${attrs}>${tx(key)}</${tag}>`;
  const option = (value: string, label: string, key?: MessageKey) => `<option value="${value}"${key ? ` data-t="${key}"` : ''}>${key ? tx(key) : esc(label)}</option>`;
  return `<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="bouquet-lint ${esc(PACKAGE_VERSION)}">
<link rel="icon" href="data:,">
<title>${tx('page.title')}</title>
<link rel="stylesheet" href="assets/${assets.css}">
<script type="module" src="assets/${assets.page}"></script>
</head>
<body>
<a class="skip" href="#editor" data-t="page.skipEditor">${tx('page.skipEditor')}</a>
<a class="skip" href="#results" data-t="page.skipResults">${tx('page.skipResults')}</a>
<header class="top">${text('h1', 'page.heading')}${text('p', 'page.intro', ' class="meta intro"')}</header>
<main class="playground">
<div class="work">
<section id="spec" aria-labelledby="h-spec">
${text('h2', 'page.spec', ' id="h-spec"')}
<div class="toolbar">
<label for="open" data-t="page.open">${tx('page.open')}</label>
<input type="file" id="open" multiple accept=".yaml,.yml,.json,application/json,application/yaml,text/yaml">
<label for="open-folder" data-t="page.openFolder">${tx('page.openFolder')}</label>
<input type="file" id="open-folder" webkitdirectory>
</div>
${text('p', 'page.openHint', ' class="hint" id="open-hint"')}
<div class="toolbar">
${text('button', 'page.example', ' type="button" id="example"')}
${text('button', 'page.addFile', ' type="button" id="add-file"')}
${text('button', 'page.removeFile', ' type="button" id="remove-file"')}
</div>
<div id="tabs" role="tablist" aria-label="${tx('page.files')}"></div>
<div id="file-panel" role="tabpanel">
<div class="file-row">${text('label', 'page.fileName', ' for="file-name"')}<input id="file-name" type="text" value="openapi.yaml" autocomplete="off" spellcheck="false"></div>
<textarea id="editor" wrap="off" spellcheck="false" autocomplete="off" autocapitalize="off" aria-describedby="open-hint position"></textarea>
<p id="position"></p>
</div>
</section>
<section id="settings" aria-labelledby="h-options">
${text('h2', 'page.options', ' id="h-options"')}
<form id="options" class="settings" novalidate>
<div class="field">${text('label', 'page.bouquet', ' for="bouquet"')}<select id="bouquet" name="bouquet">${option('auto', '', 'page.bouquetAuto')}${option('entreprise', 'API Entreprise')}${option('particulier', 'API Particulier')}</select></div>
<div class="field">${text('label', 'page.profile', ' for="profile"')}<select id="profile" name="profile">${option('standard', '', 'page.profileStandard')}${option('strict', '', 'page.profileStrict')}</select></div>
<div class="field">${text('label', 'page.lang', ' for="lang"')}<select id="lang" name="lang"><option value="fr" lang="fr">français</option><option value="en" lang="en">English</option></select></div>
${text('button', 'page.check', ' type="submit" id="check" class="primary"')}
</form>
<p id="status" role="status"></p>
<aside class="probe-note" aria-labelledby="h-probe">
${text('h3', 'page.probeTitle', ' id="h-probe"')}
${text('p', 'page.probe')}
<pre><code>BOUQUET_TOKEN=… npx bouquet-lint audit openapi.yaml --base-url https://bac-a-sable.exemple.gouv.fr/v1 --html rapport.html</code></pre>
</aside>
</section>
</div>
<section id="results" aria-labelledby="h-results" tabindex="-1">
<div class="results-head">${text('h2', 'page.results', ' id="h-results"')}${text('button', 'page.download', ' type="button" id="download" hidden')}</div>
<div id="results-body">${text('p', 'page.resultsNone', ' class="note"')}</div>
</section>
</main>
<footer><p>bouquet-lint ${esc(PACKAGE_VERSION)} — ${text('span', 'page.footer')}</p></footer>
</body>
</html>
`;
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(ASSETS, { recursive: true });
const worker = await bundle('worker', {});
const filters = writeHashed('report-filters', 'js', REPORT_JS);
const page = await bundle('page', { __WORKER_FILE__: JSON.stringify(`./${worker}`), __FILTERS_FILE__: JSON.stringify(`./${filters}`) });
const css = writeHashed('page', 'css', REPORT_CSS + readFileSync(path.join(SRC, 'page.css'), 'utf8'));
writeFileSync(path.join(OUT, 'index.html'), indexHtml({ page, css }));
// The report's documentation links point at the site's copy of docs/rules.
cpSync(path.join(PACKAGE_ROOT, 'docs', 'rules'), path.join(OUT, 'docs', 'rules'), { recursive: true });
