/**
 * The report's inline style sheet and script. Both are allowed by their SHA-256 hash in the page's
 * Content-Security-Policy; nothing else may run or style the page.
 */
import { createHash } from 'node:crypto';

export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

export const CSS = `
:root{--fg:#1e1e1e;--muted:#4d4d4d;--bg:#fff;--soft:#f4f5f7;--line:#d5d7db;--blue:#000091;--error:#b3000c;--error-bg:#fdecec;--warn:#7a4800;--warn-bg:#fff4dc;--info:#0b4f9c;--info-bg:#e8f0fb;--ok:#18753c;--ok-bg:#e6f4ea}
*{box-sizing:border-box}
[hidden]{display:none!important}
html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--fg);background:var(--bg);line-height:1.5}
body{margin:0}
main,header.top,footer{max-width:1120px;margin:0 auto;padding:0 24px}
header.top{padding-top:24px;border-bottom:4px solid var(--blue)}
h1{font-size:1.9rem;margin:0 0 4px}
h2{font-size:1.45rem;margin:40px 0 12px;padding-bottom:4px;border-bottom:1px solid var(--line)}
h3{font-size:1.15rem;margin:0 0 8px}
h4{font-size:1rem;margin:12px 0 4px}
a{color:var(--blue)}
a:focus-visible,input:focus-visible,select:focus-visible,summary:focus-visible{outline:3px solid #0a76f6;outline-offset:2px}
.skip{position:absolute;left:-9999px}
.skip:focus{left:16px;top:8px;background:#fff;padding:8px;z-index:10}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.meta{color:var(--muted);margin:0 0 16px}
code,pre{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,"Liberation Mono",monospace;font-size:.88rem}
:not(pre)>code{background:var(--soft);padding:0 4px;border-radius:3px;overflow-wrap:anywhere}
.verdict{margin:24px 0 0;padding:20px 24px;border-radius:8px;border-left:8px solid}
.verdict.ready{background:var(--ok-bg);border-color:var(--ok)}
.verdict.not-ready{background:var(--error-bg);border-color:var(--error)}
.verdict h2{border:0;margin:0 0 4px;padding:0;font-size:1.6rem}
.verdict.ready h2{color:var(--ok)}
.verdict.not-ready h2{color:var(--error)}
.verdict p{margin:0}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(140px,1fr));gap:12px;margin:16px 0 0;padding:0}
.cards div{background:var(--soft);border-radius:6px;padding:10px 14px}
.cards dt{font-size:.85rem;color:var(--muted)}
.cards dd{margin:0;font-size:1.2rem;font-weight:600;overflow-wrap:anywhere}
.probe-line{margin:12px 0 0}
.n-error{color:var(--error)}.n-warn{color:var(--warn)}.n-info{color:var(--info)}
.chart{max-width:100%;height:auto;display:block;margin:8px 0 16px}
.chart .label,.chart .value{font-size:13px;fill:var(--fg)}
.chart .axis{font-size:11px;fill:var(--muted)}
.chart .grid{stroke:var(--line)}
.chart .track{fill:var(--soft)}
.chart .bar.good{fill:var(--ok)}.chart .bar.fair{fill:#b36b00}.chart .bar.poor{fill:var(--error)}
table{border-collapse:collapse;width:100%;margin:8px 0 16px;font-size:.92rem}
.cat-view{display:flex;flex-wrap:wrap;gap:0 40px;align-items:flex-start}
table.compact{width:auto;flex:0 1 auto}
table.compact th{white-space:nowrap}
th,td{border:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
th{background:var(--soft)}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
td code{overflow-wrap:break-word}
td code.curl{overflow-wrap:anywhere;font-size:.8rem}
.filters{background:#fff;border:1px solid var(--line);border-radius:8px;padding:12px 16px;margin:0 0 16px;display:flex;flex-wrap:wrap;gap:12px 24px;align-items:flex-end}
.filters fieldset{border:0;margin:0;padding:0;display:flex;gap:12px;flex-wrap:wrap}
.filters legend{font-weight:600;padding:0;margin-bottom:4px}
.filters .field{display:flex;flex-direction:column}
.filters .field label{font-weight:600;margin-bottom:4px}
.filters input[type=search],.filters select{font:inherit;padding:6px 8px;border:1px solid #7b7b7b;border-radius:4px;min-width:14rem}
.filters input[type=checkbox]{width:1.1rem;height:1.1rem;vertical-align:-3px}
.filters .count{margin:0;color:var(--muted);flex-basis:100%}
.conv{border:1px solid var(--line);border-radius:8px;padding:16px 20px;margin:0 0 20px}
.conv-head .badge{vertical-align:2px;margin-right:4px}
.conv-head .count{color:var(--muted);font-weight:400;font-size:.95rem;white-space:nowrap}
.badge{display:inline-block;font-size:.78rem;font-weight:700;padding:1px 8px;border-radius:10px;border:1px solid;white-space:nowrap}
.badge.MUST,.badge.error{color:var(--error);background:var(--error-bg)}
.badge.SHOULD,.badge.warn{color:var(--warn);background:var(--warn-bg)}
.badge.MAY,.badge.info,.badge.hint{color:var(--info);background:var(--info-bg)}
details.all-conventions summary{cursor:pointer;color:var(--blue);font-weight:600}
details.why{margin:4px 0 8px}
details.why summary{cursor:pointer;color:var(--blue)}
.fix{background:var(--soft);border-radius:6px;padding:4px 14px 8px;margin:8px 0}
.fix p{margin:6px 0}
pre{background:#f6f8fa;border:1px solid var(--line);border-radius:6px;padding:8px 12px;overflow-x:auto;margin:6px 0}
pre.snippet{background:#fff}
.doc{margin:6px 0 10px;font-size:.92rem}
ol.findings{list-style:none;margin:0;padding:0}
.finding{border-top:1px solid var(--line);padding:10px 0}
.finding .f-head{margin:0;display:flex;gap:8px;flex-wrap:wrap;align-items:baseline}
.finding .f-rule{color:var(--muted);font-size:.85rem}
.finding .f-msg{margin:4px 0;overflow-wrap:anywhere}
.excerpt-box{margin:0}
.excerpt{margin:4px 0;padding:6px 0}
.excerpt .line{display:block;padding:0 12px 0 0;white-space:pre}
.excerpt .ln{display:inline-block;color:#5c5c5c;padding:0 12px 0 8px;margin-right:8px;border-right:1px solid var(--line);user-select:none}
.excerpt .hl{background:#fff1b8}
.excerpt .hl .ln{color:var(--fg);font-weight:700}
.note{color:var(--muted);font-size:.9rem}
.live{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:6px 0;font-size:.92rem}
.live dt{font-weight:600}.live dd{margin:0;overflow-wrap:anywhere}
.status-ok{color:var(--ok);font-weight:600}.status-client{color:var(--warn);font-weight:600}.status-server,.status-none{color:var(--error);font-weight:600}
.next{background:var(--info-bg);border-radius:8px;padding:16px 20px}
footer{margin:40px auto 24px;color:var(--muted);font-size:.9rem;border-top:1px solid var(--line);padding-top:12px}
@media print{
  .filters,.skip,#nothing-shown{display:none!important}
  .verdict,.badge,.excerpt .hl,.cards div,.fix,.next{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  details::details-content{content-visibility:visible;display:block}
  details summary{list-style:none;font-weight:600;color:var(--fg)}
  .conv[hidden],.finding[hidden]{display:block!important}
  body{font-size:10.5pt}
  main,header.top,footer{max-width:none;padding:0}
  h2{break-after:avoid}
  h3,h4{break-after:avoid}
  .finding,.cards div,tr,.chart,pre{break-inside:avoid}
  thead{display:table-header-group}
  pre,.excerpt .line{white-space:pre-wrap;overflow-wrap:anywhere}
  pre{overflow:visible}
  .conv{border:0;padding:0;margin-bottom:12px}
  a{color:var(--fg)}
}
`;

/** Filters and search, without any server. Reads the page, never writes markup. */
export const JS = `
(function () {
  'use strict';
  var form = document.getElementById('filters');
  if (!form) return;
  function norm(s) { return s.normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').toLowerCase(); }
  var items = Array.prototype.slice.call(document.querySelectorAll('.finding'));
  var entries = items.map(function (el) {
    var text = Array.prototype.map.call(el.querySelectorAll('.s'), function (n) { return n.textContent; }).join(' ');
    return { el: el, sev: el.getAttribute('data-sev'), cat: el.getAttribute('data-cat'), text: norm(text), group: el.closest('.conv') };
  });
  var groups = Array.prototype.slice.call(document.querySelectorAll('.conv'));
  var count = document.getElementById('shown-count');
  var empty = document.getElementById('nothing-shown');
  var template = count.getAttribute('data-template');
  var boxes = Array.prototype.slice.call(form.querySelectorAll('input[name="sev"]'));
  var category = document.getElementById('f-cat');
  var search = document.getElementById('f-q');
  function apply() {
    var allowed = {};
    boxes.forEach(function (b) { allowed[b.value] = b.checked; });
    var cat = category.value;
    var q = norm(search.value.trim());
    var visible = new Map();
    var shown = 0;
    entries.forEach(function (e) {
      var ok = allowed[e.sev] !== false && (!cat || e.cat === cat) && (!q || e.text.indexOf(q) >= 0);
      e.el.hidden = !ok;
      if (ok) { shown++; visible.set(e.group, true); }
    });
    groups.forEach(function (g) { g.hidden = !visible.has(g); });
    count.textContent = template.replace('{shown}', String(shown)).replace('{total}', String(entries.length));
    empty.hidden = shown > 0;
  }
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (ev) { ev.preventDefault(); });
  window.addEventListener('beforeprint', function () {
    Array.prototype.forEach.call(document.querySelectorAll('details'), function (d) { d.open = true; });
  });
})();
`;
