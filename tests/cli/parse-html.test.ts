// The CLI reads a saved page as a browser would: the HTML standard's tree (parse5), not linkedom's own reading,
// which left these pages with an empty body (47 corpus pages, 21 of them MBA pages, read as empty that way).
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../src/cli/analyze-source';
import { takeSnapshot } from '../../src/core/snapshot';

const textOf = (html: string) => takeSnapshot(parseHtmlDocument(html), { url: 'https://college.example/mba' }).blocks.map((b) => b.text).join(' ');

describe('parseHtmlDocument', () => {
  it('reads the page when a <meta> comes before <head> and a link sits inside <head>', () => {
    const html = '<!doctype html><html lang="en"><meta charset="utf-8"><head><title>Online MBA</title>'
      + '<a href="https://chat.example/" style="display:none">Chat</a></head>'
      + '<body><main><h1>Online MBA in Retail Management</h1><p>A two-year online MBA with four semesters.</p></main></body></html>';
    const doc = parseHtmlDocument(html);
    expect(doc.title).toBe('Online MBA');
    expect(textOf(html)).toContain('A two-year online MBA with four semesters.');
  });

  it('reads a template fragment that has no <html>, <head> or <body>', () => {
    const html = "@extends('layout')\n<div class=\"container\"><h1>Admisión 2019</h1><p>Maestría en Administración de Negocios (MBA), cuatro semestres.</p></div>";
    expect(textOf(html)).toContain('cuatro semestres');
  });

  it('keeps a well-formed page as it is', () => {
    const html = '<!doctype html><html><head><title>T</title></head><body><h1>Executive MBA</h1><p>18 months, 48 credits.</p></body></html>';
    expect(textOf(html)).toBe('Executive MBA 18 months, 48 credits.');
  });
});
