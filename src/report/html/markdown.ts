/**
 * The small Markdown subset of the catalogues' "how to fix" texts, rendered safely: paragraphs,
 * `- ` lists, `inline code`, **bold**, and ``` fences as <pre>. Everything is escaped first; links
 * stay text (no URL from any text becomes a link).
 */
import { esc } from './escape.js';

/** Inline Markdown of one escaped line: `code` and **bold**. */
export function inline(text: string): string {
  const parts = text.split('`');
  // An odd number of parts means balanced backticks; otherwise the last backtick stays literal.
  return parts
    .map((part, i) => {
      const isCode = i % 2 === 1 && i < parts.length - (parts.length % 2 === 0 ? 1 : 0);
      if (isCode) return `<code>${esc(part)}</code>`;
      const literal = i % 2 === 1 ? '`' + part : part;
      return esc(literal).replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>');
    })
    .join('');
}

function paragraphs(text: string): string {
  const out: string[] = [];
  for (const block of text.split(/\n\s*\n/)) {
    const lines = block.split('\n').filter((l) => l.trim() !== '');
    if (lines.length === 0) continue;
    if (lines.every((l) => /^\s*[-*] /.test(l))) {
      out.push(`<ul>${lines.map((l) => `<li>${inline(l.replace(/^\s*[-*] /, ''))}</li>`).join('')}</ul>`);
    } else {
      out.push(`<p>${lines.map(inline).join('<br>')}</p>`);
    }
  }
  return out.join('');
}

/** Renders a "how to fix" Markdown text to HTML. */
export function renderMarkdown(text: string): string {
  const out: string[] = [];
  const chunks = text.split(/^```[^\n]*\n?/m);
  chunks.forEach((chunk, i) => {
    if (i % 2 === 1 && i < chunks.length - 1) out.push(`<pre class="snippet"><code>${esc(chunk.replace(/\n$/, ''))}</code></pre>`);
    else out.push(paragraphs(i % 2 === 1 ? '```\n' + chunk : chunk));
  });
  return out.join('');
}
