/**
 * `npm run analyze -- [--url URL] FILE...` (DESIGN §5): one JSON object per file and per line on stdout, from
 * the same core the content script runs, over linkedom's DOM. A file that cannot be read or parsed gives an
 * object with "error" and the run goes on; the exit status is non-zero only for bad usage.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parseHTML } from 'linkedom';
import { analyzeSnapshot } from '../core/analyze';
import { snapshotFromText, takeSnapshot, type PageSnapshot } from '../core/snapshot';
import type { AnalysisResult } from '../core/types';

const USAGE = 'usage: npm run analyze -- [--url URL] FILE...';

/** The page URL: --url, else the canonical link or og:url (resolved against the file), else the file's URL. */
export function pageUrl(explicit: string | undefined, snapshot: Pick<PageSnapshot, 'canonicalUrl' | 'ogUrl'>, fileUrl: string): string {
  if (explicit) return explicit;
  for (const candidate of [snapshot.canonicalUrl, snapshot.ogUrl]) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate, fileUrl);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    } catch {
      // An unusable canonical link falls through to the next source.
    }
  }
  return fileUrl;
}

function looksLikeHtml(source: string): boolean {
  return /<(?:!doctype|html|head|body|div|p|meta|title)\b/i.test(source.slice(0, 5_000));
}

export function analyzeSource(source: string, file: string, explicitUrl?: string): { file: string } & AnalysisResult {
  const fileUrl = pathToFileURL(resolve(file)).href;
  let snapshot: PageSnapshot;
  if (looksLikeHtml(source)) {
    const { document } = parseHTML(source);
    snapshot = takeSnapshot(document as unknown as Document, { url: fileUrl });
  } else {
    snapshot = snapshotFromText(source, { url: fileUrl });
  }
  snapshot.url = pageUrl(explicitUrl, snapshot, fileUrl);
  return { file, ...analyzeSnapshot(snapshot).result };
}

async function analyzeFile(file: string, explicitUrl: string | undefined): Promise<object> {
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch (error) {
    return { file, error: `cannot read file: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
  }
  try {
    return analyzeSource(source, file, explicitUrl);
  } catch (error) {
    return { file, error: `cannot analyse file: ${error instanceof Error ? error.message : String(error)}` };
  }
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ options: { url: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    console.error(`analyze: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    console.log(USAGE);
    return 0;
  }
  if (parsed.positionals.length === 0) {
    console.error(USAGE);
    return 2;
  }
  for (const file of parsed.positionals) {
    const line = await analyzeFile(file, parsed.values.url);
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
