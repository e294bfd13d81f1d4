/**
 * Pure changes to the shortlist: save a page, merge an import. A page is identified by its URL, so saving the
 * same page again refreshes its entry instead of adding a twin. The list is kept newest first.
 */
import { compareWithReference } from '../core/compare';
import { withReading } from './fact-history';
import { UserDataError } from './user-data-error';
import { MAX_SHORTLIST_ITEMS, type MergeSummary, type ShortlistDraft, type ShortlistItem } from '../schemas/shortlist-schema';

function full(): UserDataError {
  return new UserDataError(
    'shortlist-full',
    `The shortlist holds at most ${MAX_SHORTLIST_ITEMS} items; remove some before saving more.`,
  );
}

/**
 * The list with `draft` saved at `now` (first), with its comparison against RPI's program as the card shows it, and
 * the saved item. With `keepHistory` (the `changeHistory` setting), the save's facts and quotes go into the item's
 * history; without, the history stays as it was. Throws `shortlist-full` for a new page on a full list.
 */
export function withSavedItem(
  items: readonly ShortlistItem[],
  draft: ShortlistDraft,
  now: Date,
  newId: () => string,
  keepHistory: boolean,
): { items: ShortlistItem[]; item: ShortlistItem } {
  const existing = items.find((entry) => entry.url === draft.url);
  if (existing === undefined && items.length >= MAX_SHORTLIST_ITEMS) throw full();
  // A page saved again as another kind starts its history afresh: its facts are not the same facts.
  const earlier = existing !== undefined && existing.kind === draft.kind ? existing.history : [];
  const history = keepHistory ? (withReading(earlier, draft.kind, draft, now, 'save') ?? earlier) : earlier;
  const item: ShortlistItem = {
    id: existing?.id ?? newId(),
    url: draft.url,
    title: draft.title,
    kind: draft.kind,
    savedAt: now.toISOString(),
    facts: draft.facts,
    comparison: compareWithReference(draft.kind, draft.facts),
    history,
  };
  return { items: [item, ...items.filter((entry) => entry !== existing)], item };
}


/**
 * Merges imported items into the list: a new page is added; a page already there keeps whichever copy was saved
 * later. All or nothing: throws `shortlist-full` (merging nothing) if the result would be too long.
 */
export function withImportedItems(
  items: readonly ShortlistItem[],
  incoming: readonly ShortlistItem[],
  newId: () => string,
): { items: ShortlistItem[]; summary: MergeSummary } {
  const merged = [...items];
  const summary: MergeSummary = { added: 0, updated: 0, unchanged: 0 };
  for (const candidate of incoming) {
    const index = merged.findIndex((entry) => entry.url === candidate.url);
    const current = index >= 0 ? merged[index] : undefined;
    if (current === undefined) {
      const idTaken = merged.some((entry) => entry.id === candidate.id);
      merged.push(idTaken ? { ...candidate, id: newId() } : candidate);
      summary.added += 1;
    } else if (Date.parse(candidate.savedAt) > Date.parse(current.savedAt)) {
      merged[index] = { ...candidate, id: current.id };
      summary.updated += 1;
    } else {
      summary.unchanged += 1;
    }
  }
  if (merged.length > MAX_SHORTLIST_ITEMS) throw full();
  merged.sort((a, b) => Date.parse(b.savedAt) - Date.parse(a.savedAt));
  return { items: merged, summary };
}
