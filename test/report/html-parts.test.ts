/**
 * The HTML report's building blocks in process, value by value: escaping, credential masking in a
 * reproduction command, code excerpts (context, highlight, long lines) and the "how to fix"
 * Markdown subset.
 */
import { describe, expect, it } from 'vitest';
import { esc, maskCredentials } from '../../src/report/html/escape.js';
import { Excerpts } from '../../src/report/html/excerpt.js';
import { inline, renderMarkdown } from '../../src/report/html/markdown.js';

describe('esc', () => {
  it('escapes the five HTML-significant characters, and only them', () => {
    expect(esc(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
    expect(esc('a & b < c > d "e" \'f\' é/=`')).toBe('a &amp; b &lt; c &gt; d &quot;e&quot; &#39;f&#39; é/=`');
    expect(esc('&amp;')).toBe('&amp;amp;');
  });
  it('writes numbers as text', () => {
    expect(esc(42)).toBe('42');
    expect(esc(0)).toBe('0');
  });
});

describe('maskCredentials', () => {
  it('masks every credential header, with or without a scheme, whatever the case', () => {
    expect(maskCredentials(`-H 'Authorization: Bearer abc.def'`)).toBe(`-H 'Authorization: Bearer ***'`);
    expect(maskCredentials(`-H 'authorization:basic dXNlcjpwYXNz'`)).toBe(`-H 'authorization:basic ***'`);
    expect(maskCredentials(`-H 'Authorization: Token t'`)).toBe(`-H 'Authorization: Token ***'`);
    expect(maskCredentials(`-H 'Authorization: ApiKey k'`)).toBe(`-H 'Authorization: ApiKey ***'`);
    expect(maskCredentials(`-H 'Authorization: secret'`)).toBe(`-H 'Authorization: ***'`);
    expect(maskCredentials(`-H 'Proxy-Authorization: Basic cHJveHk='`)).toBe(`-H 'Proxy-Authorization: Basic ***'`);
    for (const name of ['X-Api-Key', 'api-key', 'ApiKey', 'X-Auth-Token', 'X-Access-Token']) {
      expect(maskCredentials(`-H "${name}:  k-123"`), name).toBe(`-H "${name}:  ***"`);
    }
  });
  it('stops the value at a quote, a backslash or a space', () => {
    expect(maskCredentials(`"X-Api-Key: k1\\" -H 'Accept: */*'`)).toBe(`"X-Api-Key: ***\\" -H 'Accept: */*'`);
    expect(maskCredentials(`X-Api-Key: k1 next`)).toBe(`X-Api-Key: *** next`);
  });
  it('masks credential query parameters and keeps the others', () => {
    expect(maskCredentials('https://h/p?token=t0k&siren=1')).toBe('https://h/p?token=***&siren=1');
    expect(maskCredentials('https://h/p?siren=1&access_token=a&api_key=b&apikey=c&apiKey=d&key=e&jeton=f&keys=g')).toBe(
      'https://h/p?siren=1&access_token=***&api_key=***&apikey=***&apiKey=***&key=***&jeton=***&keys=g',
    );
    expect(maskCredentials("'https://h/p?TOKEN=x' x")).toBe("'https://h/p?TOKEN=***' x");
  });
  it('leaves text without credentials alone', () => {
    const text = `curl -sS -i -X GET 'https://h/v1/unites_legales/130025265?monkey=1' -H 'Accept: application/json'`;
    expect(maskCredentials(text)).toBe(text);
  });
});

describe('Excerpts', () => {
  const text = Array.from({ length: 12 }, (_, i) => `line ${i + 1} <${i + 1}>`).join('\n');
  const excerpts = new Excerpts([{ path: 'a.yaml', text }, { path: 'crlf.yaml', text: 'one\r\ntwo\r\nthree' }]);
  const line = (n: number, hl: boolean, width = 2) => `<span class="line${hl ? ' hl' : ''}"><span class="ln" aria-hidden="true">${String(n).padStart(width)}</span>line ${n} &lt;${n}&gt;</span>`;
  const at = (start: number, end: number, character = 0) => ({ start: { line: start, character }, end: { line: end, character: 0 } });

  it('shows three lines of context around a one-line range, line numbers padded to the widest', () => {
    expect(excerpts.render('a.yaml', at(6, 6))).toBe([4, 5, 6, 7, 8, 9, 10].map((n) => line(n, n === 7)).join(''));
  });
  it('highlights a range of up to three lines whole', () => {
    expect(excerpts.render('a.yaml', at(4, 6))).toBe([2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => line(n, n >= 5 && n <= 7)).join(''));
  });
  it('highlights only the first line of a longer range', () => {
    expect(excerpts.render('a.yaml', at(4, 7))).toBe([2, 3, 4, 5, 6, 7, 8].map((n) => line(n, n === 5, 1)).join(''));
  });
  it('an end before the start counts as the start line; the context stops at the file edges', () => {
    expect(excerpts.render('a.yaml', at(0, 0))).toBe([1, 2, 3, 4].map((n) => line(n, n === 1, 1)).join(''));
    expect(excerpts.render('a.yaml', at(11, 2))).toBe([9, 10, 11, 12].map((n) => line(n, n === 12)).join(''));
  });
  it('splits CRLF text, and has nothing for an unknown file or a line out of the file', () => {
    expect(excerpts.render('crlf.yaml', at(1, 1))).toBe(
      '<span class="line"><span class="ln" aria-hidden="true">1</span>one</span><span class="line hl"><span class="ln" aria-hidden="true">2</span>two</span><span class="line"><span class="ln" aria-hidden="true">3</span>three</span>',
    );
    expect(excerpts.render('b.yaml', at(0, 0))).toBeUndefined();
    expect(excerpts.render('a.yaml', at(12, 12))).toBeUndefined();
    expect(excerpts.render('a.yaml', at(-1, 0))).toBeUndefined();
  });
  it('cuts a long line to 200 characters around the finding', () => {
    const long = 'a'.repeat(100) + 'X' + 'b'.repeat(299);
    const e = new Excerpts([{ path: 'min.json', text: long }]);
    const body = (html: string) => html.replace(/^.*?<\/span>/, '').replace(/<\/span>$/, '');
    // Column 100: the shown part starts 40 characters before it.
    expect(body(e.render('min.json', at(0, 0, 100))!)).toBe('…' + 'a'.repeat(40) + 'X' + 'b'.repeat(159) + '…');
    // Near the start: no leading ellipsis.
    expect(body(e.render('min.json', at(0, 0, 10))!)).toBe('a'.repeat(100) + 'X' + 'b'.repeat(99) + '…');
    // Near the end: the last 200 characters, no trailing ellipsis.
    expect(body(e.render('min.json', at(0, 0, 390))!)).toBe('…' + 'b'.repeat(200));
    // A line of exactly 200 characters is whole.
    const e200 = new Excerpts([{ path: 'w.json', text: 'c'.repeat(200) }]);
    expect(body(e200.render('w.json', at(0, 0, 150))!)).toBe('c'.repeat(200));
  });
  it('a line of 201 characters: cut by one at the end, or at the start when the finding is at the end', () => {
    const e = new Excerpts([{ path: 'x.json', text: 'd'.repeat(200) + 'e' }]);
    const body = (html: string) => html.replace(/^.*?<\/span>/, '').replace(/<\/span>$/, '');
    expect(body(e.render('x.json', at(0, 0, 0))!)).toBe('d'.repeat(200) + '…');
    expect(body(e.render('x.json', at(0, 0, 200))!)).toBe('…' + 'd'.repeat(199) + 'e');
  });
});

describe('how-to-fix Markdown', () => {
  it('inline: code spans and bold, everything escaped, an unbalanced backtick kept', () => {
    expect(inline('use `a<b>` and **c&d**')).toBe('use <code>a&lt;b&gt;</code> and <strong>c&amp;d</strong>');
    expect(inline('a `b` c `d')).toBe('a <code>b</code> c `d');
    expect(inline('`**x**`')).toBe('<code>**x**</code>');
    expect(inline('**a** b **c**')).toBe('<strong>a</strong> b <strong>c</strong>');
    expect(inline('plain')).toBe('plain');
  });
  it('paragraphs, line breaks and lists', () => {
    expect(renderMarkdown('one\ntwo\n\n- a\n* b\n\n  \n\nlast')).toBe('<p>one<br>two</p><ul><li>a</li><li>b</li></ul><p>last</p>');
    expect(renderMarkdown('- a\nnot a list')).toBe('<p>- a<br>not a list</p>');
    expect(renderMarkdown('  - indented')).toBe('<ul><li>indented</li></ul>');
  });
  it('fences become <pre>, their content escaped and not interpreted; an unclosed fence stays text', () => {
    expect(renderMarkdown('Before\n```yaml\nservers:\n  - url: <x> **y**\n```\nAfter')).toBe(
      '<p>Before</p><pre class="snippet"><code>servers:\n  - url: &lt;x&gt; **y**</code></pre><p>After</p>',
    );
    // Unclosed: no <pre>; inline reading takes two of the backticks as an empty code span.
    expect(renderMarkdown('a\n```\nb')).toBe('<p>a</p><p><code></code>`<br>b</p>');
  });
});
