/**
 * A content script speaks only for the site it runs in. A message about another site's address (from a compromised
 * renderer, say) is not answered: it could read the fact history of any saved page, or write into it. Sites
 * (origins) are compared, not whole addresses: a single-page app changes its address without the background
 * hearing of it. The extension's own pages (popup, options) may ask about any address.
 */
export interface MessageSender {
  url?: string;
  tab?: { url?: string };
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** `extensionBase`: the extension's own root address (runtime.getURL('')). */
export function mayAskAbout(sender: MessageSender, url: string, extensionBase: string): boolean {
  const from = sender.url ?? sender.tab?.url;
  if (from === undefined) return false;
  if (from.startsWith(extensionBase)) return true;
  const origin = originOf(from);
  return origin !== null && origin === originOf(url);
}
