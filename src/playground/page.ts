/**
 * The web page: an editor holding the spec's files, the options, and the results rendered by the
 * Web Worker with the HTML audit report's own sections. Nothing leaves the page: the files go to
 * the worker, the report is downloaded from memory.
 *
 * `window.bouquetLint.lint(files, options)` resolves to the object `bouquet-lint lint --format json`
 * prints for the same files.
 */
import type { Lang } from '../finding.js';
import { t, type MessageKey } from '../i18n/index.js';
import type { MemoryFile } from '../load/files.js';
import type { PageOptions } from './engine.js';
import type { LintResponse, WorkerRequest } from './protocol.js';
import EXAMPLE from '../../fixtures/example/openapi.yaml';

declare const __WORKER_FILE__: string;
declare const __FILTERS_FILE__: string;

const worker = new Worker(new URL(__WORKER_FILE__, import.meta.url), { type: 'module' });
const pending = new Map<number, (response: LintResponse) => void>();
let nextId = 1;

worker.onmessage = (e: MessageEvent<LintResponse>) => {
  pending.get(e.data.id)?.(e.data);
  pending.delete(e.data.id);
};

function send(request: WorkerRequest): Promise<LintResponse & { ok: true }> {
  return new Promise((resolve, reject) => {
    pending.set(request.id, (response) => (response.ok ? resolve(response) : reject(new Error(response.error))));
    worker.postMessage(request);
  });
}

function ask(files: MemoryFile[], options: PageOptions, render: boolean): Promise<LintResponse & { ok: true }> {
  return send({ id: nextId++, files: files.map((f) => ({ name: f.name, text: f.text })), options, render });
}

/** The page's programming interface: the same object as `bouquet-lint lint --format json`. */
const api = {
  async lint(files: MemoryFile[], options: PageOptions = {}): Promise<unknown> {
    return JSON.parse((await ask(files, options, false)).json!) as unknown;
  },
};
(window as unknown as { bouquetLint: typeof api }).bouquetLint = api;

// ---------------------------------------------------------------------------------------------
// The page's texts follow the language chosen for the results.

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
let lang: Lang = 'fr';

function applyTexts(): void {
  document.documentElement.lang = lang;
  document.title = t(lang, 'page.title');
  for (const el of document.querySelectorAll<HTMLElement>('[data-t]')) el.textContent = t(lang, el.dataset.t as MessageKey);
  renderTabs();
}

// ---------------------------------------------------------------------------------------------
// The files of the spec: one tab each, one editor.

interface EditorFile extends MemoryFile {
  /** Where the caret was, to come back to it. */
  selection: number;
  scroll: number;
}

const files: EditorFile[] = [{ name: 'openapi.yaml', text: '', selection: 0, scroll: 0 }];
let current = 0;

const editor = $<HTMLTextAreaElement>('editor');
const nameInput = $<HTMLInputElement>('file-name');
const tabs = $<HTMLDivElement>('tabs');
const position = $<HTMLParagraphElement>('position');
const status = $<HTMLParagraphElement>('status');

function saveCurrent(): void {
  const f = files[current]!;
  f.text = editor.value;
  f.selection = editor.selectionStart;
  f.scroll = editor.scrollTop;
}

function renderTabs(): void {
  tabs.replaceChildren(
    ...files.map((f, i) => {
      const tab = document.createElement('button');
      tab.type = 'button';
      tab.role = 'tab';
      tab.id = `tab-${i}`;
      tab.textContent = f.name || '…';
      tab.setAttribute('aria-selected', String(i === current));
      tab.setAttribute('aria-controls', 'file-panel');
      tab.tabIndex = i === current ? 0 : -1;
      tab.addEventListener('click', () => select(i));
      return tab;
    }),
  );
  $('file-panel').setAttribute('aria-labelledby', `tab-${current}`);
  editor.setAttribute('aria-label', t(lang, 'page.content', { file: files[current]!.name }));
  $<HTMLButtonElement>('remove-file').disabled = files.length === 1;
}

// Arrow keys move between tabs (WAI-ARIA tabs pattern).
tabs.addEventListener('keydown', (e) => {
  const moves: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, Home: -current, End: files.length - 1 - current };
  const move = moves[e.key];
  if (move === undefined) return;
  e.preventDefault();
  select((current + move + files.length) % files.length);
  $(`tab-${current}`).focus();
});

function select(i: number): void {
  saveCurrent();
  current = i;
  const f = files[i]!;
  editor.value = f.text;
  nameInput.value = f.name;
  editor.setSelectionRange(f.selection, f.selection);
  editor.scrollTop = f.scroll;
  renderTabs();
  showPosition();
}

function addFiles(added: MemoryFile[]): void {
  saveCurrent();
  // An untouched empty first file gives way to the opened ones.
  if (files.length === 1 && files[0]!.text === '') files.pop();
  for (const a of added) {
    const same = files.findIndex((f) => f.name === a.name);
    const file = { name: a.name, text: a.text, selection: 0, scroll: 0 };
    if (same >= 0) files[same] = file;
    else files.push(file);
  }
  current = Math.max(0, files.findIndex((f) => f.name === added[0]?.name));
  const f = files[current]!;
  editor.value = f.text;
  nameInput.value = f.name;
  // A new value leaves the caret at the end: a file opens at its first line.
  editor.setSelectionRange(0, 0);
  editor.scrollTop = 0;
  renderTabs();
  showPosition();
}

const SPEC_FILE = /\.(ya?ml|json)$/i;

async function openFiles(list: FileList | null): Promise<void> {
  // A folder brings every file under it: only the YAML and JSON ones are parts of a spec.
  const specFiles = [...(list ?? [])].filter((f) => SPEC_FILE.test(f.name));
  if (specFiles.length === 0) return;
  const read = await Promise.all(specFiles.map(async (f) => ({ name: f.webkitRelativePath || f.name, text: await f.text() })));
  addFiles(read);
  status.textContent = t(lang, 'page.dropped', { count: read.length, files: read.map((f) => f.name).join(', ') });
}

function showPosition(): void {
  const before = editor.value.slice(0, editor.selectionStart);
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  position.textContent = t(lang, 'page.position', { line, column });
}

editor.addEventListener('input', () => {
  files[current]!.text = editor.value;
  showPosition();
});
for (const ev of ['keyup', 'click', 'select'] as const) editor.addEventListener(ev, showPosition);

nameInput.addEventListener('input', () => {
  files[current]!.name = nameInput.value.trim();
  renderTabs();
});

for (const id of ['open', 'open-folder']) {
  $<HTMLInputElement>(id).addEventListener('change', (e) => {
    const input = e.target as HTMLInputElement;
    void openFiles(input.files).then(() => (input.value = ''));
  });
}

const dropZone = $('file-panel');
dropZone.addEventListener('dragover', (e) => {
  e.preventDefault();
  dropZone.classList.add('dragging');
});
dropZone.addEventListener('dragleave', () => dropZone.classList.remove('dragging'));
dropZone.addEventListener('drop', (e) => {
  e.preventDefault();
  dropZone.classList.remove('dragging');
  void openFiles(e.dataTransfer?.files ?? null);
});

$('add-file').addEventListener('click', () => {
  saveCurrent();
  let n = files.length + 1;
  while (files.some((f) => f.name === `fichier-${n}.yaml`)) n++;
  files.push({ name: `fichier-${n}.yaml`, text: '', selection: 0, scroll: 0 });
  select(files.length - 1);
  nameInput.focus();
  nameInput.select();
});

$('remove-file').addEventListener('click', () => {
  if (files.length === 1) return;
  files.splice(current, 1);
  current = Math.min(current, files.length - 1);
  const f = files[current]!;
  editor.value = f.text;
  nameInput.value = f.name;
  editor.setSelectionRange(f.selection, f.selection);
  editor.scrollTop = f.scroll;
  renderTabs();
  showPosition();
  $(`tab-${current}`).focus();
});

$('example').addEventListener('click', () => {
  addFiles([{ name: 'openapi.yaml', text: EXAMPLE }]);
  editor.focus();
});

/** Puts the caret on a line of a file (1-based), selects the line and scrolls it into view. */
function goTo(source: string, line: number): void {
  const i = files.findIndex((f) => f.name === source);
  if (i < 0) return;
  select(i);
  const lines = editor.value.split('\n');
  const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
  const end = start + (lines[line - 1]?.length ?? 0);
  editor.focus();
  editor.setSelectionRange(start, end);
  const lineHeight = parseFloat(getComputedStyle(editor).lineHeight) || 20;
  editor.scrollTop = Math.max(0, (line - 4) * lineHeight);
  showPosition();
  status.textContent = t(lang, 'page.at', { file: source, line });
}

// ---------------------------------------------------------------------------------------------
// Checking, results, report download.

const form = $<HTMLFormElement>('options');
const results = $<HTMLDivElement>('results-body');
const download = $<HTMLButtonElement>('download');
let reportName = 'rapport.html';

function options(): PageOptions {
  const data = new FormData(form);
  return { bouquet: String(data.get('bouquet')), profile: String(data.get('profile')), lang: String(data.get('lang')) };
}

$<HTMLSelectElement>('lang').addEventListener('change', (e) => {
  lang = (e.target as HTMLSelectElement).value === 'en' ? 'en' : 'fr';
  applyTexts();
  showPosition();
});

/** Each finding's location becomes a button that shows the line in the editor. */
function linkFindings(): void {
  for (const code of results.querySelectorAll<HTMLElement>('.finding .f-head code.s')) {
    const m = /^(.*):(\d+):(\d+)$/.exec(code.textContent ?? '');
    if (!m) continue;
    const [, source, line] = m as unknown as [string, string, string];
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'goto';
    button.title = t(lang, 'page.goto', { line, file: source });
    button.setAttribute('aria-label', button.title);
    code.replaceWith(button);
    button.append(code);
    button.addEventListener('click', () => goTo(source, Number(line)));
  }
}

/** The report's own filter script, run again for each new set of results. */
function runFilters(): void {
  document.getElementById('report-filters')?.remove();
  const script = document.createElement('script');
  script.id = 'report-filters';
  script.src = new URL(__FILTERS_FILE__, import.meta.url).href;
  document.body.append(script);
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  saveCurrent();
  const chosen = options();
  const named = files.filter((f) => f.text.trim() !== '');
  if (named.length === 0) {
    status.textContent = t(lang, 'page.empty');
    return;
  }
  const button = $<HTMLButtonElement>('check');
  button.disabled = true;
  form.setAttribute('aria-busy', 'true');
  status.textContent = t(lang, 'page.checking');
  ask(named, chosen, true)
    .then((r) => {
      results.lang = chosen.lang ?? 'fr';
      results.innerHTML = r.sections ?? '';
      linkFindings();
      runFilters();
      reportName = `rapport-${(named[0]!.name.split('/').pop() ?? 'openapi').replace(/\.[^.]*$/, '')}.html`;
      download.hidden = false;
      status.textContent = t(lang, 'page.done', { seconds: (r.ms / 1000).toLocaleString(lang, { maximumFractionDigits: 1 }) });
    })
    .catch((err: Error) => {
      results.replaceChildren(Object.assign(document.createElement('p'), { className: 'error', role: 'alert', textContent: err.message }));
      download.hidden = true;
      status.textContent = '';
    })
    .finally(() => {
      button.disabled = false;
      form.removeAttribute('aria-busy');
    });
});

download.addEventListener('click', () => {
  void send({ id: nextId++, report: true }).then((r) => {
    const url = URL.createObjectURL(new Blob([r.report ?? ''], { type: 'text/html;charset=utf-8' }));
    const a = Object.assign(document.createElement('a'), { href: url, download: reportName });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  });
});

applyTexts();
showPosition();
