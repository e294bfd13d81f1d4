/**
 * HTML built as text, for files the user saves (the shared shortlist), never for the extension's own DOM (that is
 * Preact's, DESIGN §6). Page text can only enter through `text()`, which escapes it; elements and attributes come
 * from short lists of names, none of them an event handler (`on…`), and a link is written only for an http(s)
 * address. `Html` is a branded string, so TypeScript refuses a raw string where markup is expected.
 * https://html.spec.whatwg.org/multipage/parsing.html#escapingString
 */

declare const HTML: unique symbol;
/** Markup made by this module: escaped text and the elements built over it. */
export type Html = string & { readonly [HTML]: true };

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe both between tags and inside a quoted attribute value. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

export function text(value: string): Html {
  return escapeHtml(value) as Html;
}

/** Markup this module's caller wrote as a constant (the doctype, the style sheet), never page text. */
export function constant(markup: string): Html {
  return markup as Html;
}

export function join(parts: ReadonlyArray<Html | null | false>, separator = ''): Html {
  return parts.filter((part): part is Html => typeof part === 'string').join(separator) as Html;
}

export type Tag =
  | 'html' | 'head' | 'meta' | 'title' | 'style' | 'body' | 'header' | 'main' | 'footer' | 'section' | 'article'
  | 'h1' | 'h2' | 'h3' | 'p' | 'div' | 'span' | 'strong' | 'a' | 'q' | 'time' | 'ul' | 'li' | 'dl' | 'dt' | 'dd'
  | 'table' | 'caption' | 'thead' | 'tbody' | 'tr' | 'th' | 'td';

/** The attributes the export writes: no event handler, no style, nothing that loads or runs anything. */
export type AttributeName =
  | 'class' | 'id' | 'lang' | 'href' | 'rel' | 'scope' | 'datetime' | 'role' | 'tabindex' | 'aria-labelledby'
  | 'charset' | 'name' | 'content' | 'http-equiv' | 'data-fact';

export type Attributes = Partial<Record<AttributeName, string | null>>;

const VOID: ReadonlySet<Tag> = new Set<Tag>(['meta']);

/** Elements followed by a line break, so the file's source reads line by line (whitespace there changes nothing). */
const LINE_AFTER: ReadonlySet<Tag> = new Set<Tag>([
  'html', 'head', 'meta', 'title', 'style', 'body', 'header', 'main', 'footer', 'section', 'article', 'h1', 'h2', 'h3',
  'p', 'div', 'ul', 'li', 'dl', 'table', 'caption', 'thead', 'tbody', 'tr',
]);

/** http(s) only: a `javascript:` or `data:` address is dropped rather than linked (DESIGN §6). */
function isHttpHref(value: string): boolean {
  return /^https?:\/\//i.test(value);
}

function attributes(attrs: Attributes): string {
  let out = '';
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined) continue;
    if (name === 'href' && !isHttpHref(value)) continue;
    out += ` ${name}="${escapeHtml(value)}"`;
  }
  return out;
}

export function el(tag: Tag, attrs: Attributes = {}, ...children: ReadonlyArray<Html | null | false>): Html {
  const open = `<${tag}${attributes(attrs)}>`;
  const after = LINE_AFTER.has(tag) ? '\n' : '';
  if (VOID.has(tag)) return `${open}${after}` as Html;
  return `${open}${join(children)}</${tag}>${after}` as Html;
}
