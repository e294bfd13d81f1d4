/**
 * Hostnames for the "sites where MBA Lens stays off" list: one normal form for what users type (a bare host, a
 * pasted URL, mixed case, a trailing dot) and one rule for whether a page's host is on the list.
 */

// RFC 1123 labels: letters, digits and inner hyphens, at most 63 characters. The URL parser has already turned
// internationalised names into their punycode (xn--) form, so this ASCII rule covers them too.
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
const MAX_INPUT_LENGTH = 2048;
const MAX_HOSTNAME_LENGTH = 253;

/**
 * The lower-case hostname in `input` (a hostname or an http(s) URL), or null when there is none.
 * "https://WWW.Example.com/mba?x=1" → "www.example.com"; "example.com." → "example.com"; "not a site" → null.
 */
export function normaliseHostname(input: string): string | null {
  const trimmed = input.trim();
  if (trimmed === '' || trimmed.length > MAX_INPUT_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(HAS_SCHEME.test(trimmed) ? trimmed : `http://${trimmed}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '') return null;
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (host === '' || host.length > MAX_HOSTNAME_LENGTH) return null;
  return host.split('.').every((label) => LABEL.test(label)) ? host : null;
}

/** The hostname of an http(s) page URL, or null (other schemes: the extension never runs there). */
export function hostnameOfPage(pageUrl: string): string | null {
  return /^https?:\/\//i.test(pageUrl) ? normaliseHostname(pageUrl) : null;
}

/** "www." names the same site to a user: "www.example.com" on the list also covers "example.com". */
function withoutWww(host: string): string {
  return host.startsWith('www.') ? host.slice(4) : host;
}

/**
 * True when `host` is on the list or is a subdomain of an entry ("example.com" also covers "mba.example.com"),
 * ignoring a leading "www." on either side. The content script's "stays off here" check and the popup's switch
 * must both use this, or they would disagree about the same page.
 */
export function isHostOnList(host: string, list: readonly string[]): boolean {
  const normalised = normaliseHostname(host);
  if (normalised === null) return false;
  const site = withoutWww(normalised);
  return list.some((entry) => {
    const covered = withoutWww(entry);
    return site === covered || site.endsWith(`.${covered}`);
  });
}
