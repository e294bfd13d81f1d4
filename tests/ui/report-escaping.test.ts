/**
 * The two escapers the shared exports rest on: page text in HTML (html-text.ts) and in Markdown (markdown-text.ts),
 * each over hostile strings, and the HTML builder's refusal of anything but http(s) links.
 */
import { describe, expect, it } from 'vitest';
import { el, escapeHtml, text } from '../../src/ui/html-text';
import { escapeMarkdown, escapeMarkdownLine, markdownLink, markdownTable } from '../../src/ui/markdown-text';

describe('escapeHtml', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['<img src=x onerror="alert(1)">', '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'],
    ["' onmouseover='alert(1)", '&#39; onmouseover=&#39;alert(1)'],
    ['Tom &amp; Jerry & co', 'Tom &amp;amp; Jerry &amp; co'],
    ['</title><script>x</script>', '&lt;/title&gt;&lt;script&gt;x&lt;/script&gt;'],
    ['<!-- comment --> <![CDATA[ x ]]>', '&lt;!-- comment --&gt; &lt;![CDATA[ x ]]&gt;'],
    ['Université — 36 crédits', 'Université — 36 crédits'],
  ])('%j', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });

  it('leaves no character that can open a tag, an entity or end an attribute', () => {
    const hostile = `<>"'&`.repeat(50);
    expect(escapeHtml(hostile)).not.toMatch(/[<>"']|&(?!amp;|lt;|gt;|quot;|#39;)/);
  });
});

describe('the HTML builder', () => {
  it('escapes text and attribute values', () => {
    expect(el('p', { class: '"><script>' }, text('<b>'))).toBe('<p class="&quot;&gt;&lt;script&gt;">&lt;b&gt;</p>\n');
  });

  it('writes a link only to an http(s) address', () => {
    for (const href of ['javascript:alert(1)', ' javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>x</script>', 'vbscript:x', '//evil.example/']) {
      expect(el('a', { href }, text('x'))).toBe('<a>x</a>');
    }
    expect(el('a', { href: 'https://a.example/?q="1"&b=<2>' }, text('x'))).toBe('<a href="https://a.example/?q=&quot;1&quot;&amp;b=&lt;2&gt;">x</a>');
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['*bold* _it_ `code` ~strike~', '\\*bold\\* \\_it\\_ \\`code\\` \\~strike\\~'],
    ['[click](javascript:alert(1))', '\\[click\\](javascript:alert(1))'],
    ['![img](https://evil.example/x.png)', '!\\[img\\](https://evil.example/x.png)'],
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['a | b || c', 'a \\| b \\|\\| c'],
    ['line one\nline two\r\n\tline three\u2028four', 'line one line two line three four'],
    ['# not a heading', '\\# not a heading'],
    ['&lt;entity&gt; &#60;', '\\&lt;entity\\&gt; \\&\\#60;'],
    ['$120,000 to $130,000', '\\$120,000 to \\$130,000'],
    ['back\\slash', 'back\\\\slash'],
  ])('%j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it('defuses what would start a block at the start of a line', () => {
    expect(escapeMarkdownLine('- item')).toBe('\\- item');
    expect(escapeMarkdownLine('+ item')).toBe('\\+ item');
    expect(escapeMarkdownLine('=====')).toBe('\\=====');
    expect(escapeMarkdownLine('> quote')).toBe('\\> quote');
    expect(escapeMarkdownLine('1. first')).toBe('1\\. first');
    expect(escapeMarkdownLine('2026) year')).toBe('2026\\) year');
    expect(escapeMarkdownLine('   - indented')).toBe('\\- indented');
    expect(escapeMarkdownLine('36 credits')).toBe('36 credits');
  });

  it('writes links with escaped text and a destination that cannot close early', () => {
    expect(markdownLink('A [b] | c', 'https://a.example/x>y|z\\w (1)')).toBe('[A \\[b\\] \\| c](<https://a.example/x\\>y\\|z\\\\w%20(1)>)');
  });

  it('keeps every table row to its cells', () => {
    const table = markdownTable(['a', 'b'], [[escapeMarkdown('x | y'), escapeMarkdown('1\n2')]]);
    expect(table.split('\n')).toEqual(['| a | b |', '| --- | --- |', '| x \\| y | 1 2 |']);
  });
});
