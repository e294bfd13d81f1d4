/**
 * The labelled corpus (tests/corpus/manifest.json, DESIGN §5): its entries, their pages, and each page as the
 * classifier sees it, read through the CLI's own path (linkedom, the canonical address, gateDocument).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { pageUrl, parseHtmlDocument } from '../../src/cli/analyze-source';
import { gateDocument } from '../../src/core/gate';
import { pageFeatures, type Features } from '../../src/core/page-features';
import { takeSnapshot, type PageSnapshot } from '../../src/core/snapshot';
import type { PageFacts, PageKind } from '../../src/core/types';
import { projectRoot } from './paths';

export const CORPUS_DIR = join(projectRoot(), 'tests', 'corpus');

export type Label = 'mba-program' | 'ai-career' | 'other';

export interface ManifestEntry {
  file: string;
  url: string;
  source: string;
  label: Label;
  split: 'dev' | 'test';
  language: string;
  /** The CLI's program facts of an mba-program page; null for the other pages. */
  facts: Partial<PageFacts> | null;
  /** The quote behind each non-null labelled fact. */
  evidence?: Record<string, string>;
  notes: string;
  /** Where the page counts for the site quota and the split: its host, or `employer:Name` for a posting from a job data set. */
  site: string;
  /** A whole saved page (menus, footers), not a text wrapped in a minimal page. */
  whole: boolean;
}

export function readManifest(dir = CORPUS_DIR): ManifestEntry[] {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as ManifestEntry[];
}

export function readPage(entry: Pick<ManifestEntry, 'file'>, dir = CORPUS_DIR): string {
  const bytes = readFileSync(join(dir, entry.file));
  return (entry.file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

export const kindOf = (label: Label): PageKind => (label === 'other' ? 'none' : label);

export interface ReadPage {
  entry: ManifestEntry;
  kind: PageKind;
  snapshot: PageSnapshot;
  features: Features;
  gatePassed: boolean;
}

/** A page as the CLI reads it: its address from --url (the manifest's), the gate over the document, the features. */
export function readLabelledPage(entry: ManifestEntry, html = readPage(entry)): ReadPage {
  const doc = parseHtmlDocument(html);
  const snapshot = takeSnapshot(doc, { url: entry.url });
  snapshot.url = pageUrl(entry.url, snapshot, entry.url);
  return { entry, kind: kindOf(entry.label), snapshot, features: pageFeatures(snapshot), gatePassed: gateDocument(doc, snapshot.url).pass };
}
