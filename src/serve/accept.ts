// **accept** — HTTP content negotiation (RFC 9110 §12.5.1): the Accept header's media ranges with
// their q-values, and the best of the types a server offers.

export interface MediaRange {
  type: string;
  subtype: string;
  /** 0 to 1; 0 means "not acceptable". */
  q: number;
}

/** The media ranges of an Accept header; a missing or empty header accepts anything (`*\/*`).
 *  Malformed ranges are skipped, as servers do, rather than refusing the request. */
export function parseAccept(header: string | undefined): MediaRange[] {
  if (!header?.trim()) return [{ type: '*', subtype: '*', q: 1 }];
  const ranges: MediaRange[] = [];
  for (const part of header.split(',')) {
    const [range = '', ...parameters] = part.split(';').map((s) => s.trim());
    const match = /^([\w!#$%&'*+.^`|~-]+)\/([\w!#$%&'*+.^`|~-]+)$/.exec(range.toLowerCase());
    if (!match) continue;
    let q = 1;
    for (const parameter of parameters) {
      const [name, value] = parameter.split('=').map((s) => s.trim());
      // RFC 9110 allows at most three decimals; anything else is not a weight and counts as 1.
      if (name?.toLowerCase() === 'q' && value !== undefined && /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/.test(value)) q = Number(value);
    }
    ranges.push({ type: match[1]!, subtype: match[2]!, q });
  }
  return ranges;
}

/** How closely a range names a media type: 3 exactly, 2 `type/*`, 1 `*\/*`, 0 not at all. */
function specificity(range: MediaRange, type: string, subtype: string): number {
  if (range.type === type && range.subtype === subtype) return 3;
  if (range.type === type && range.subtype === '*') return 2;
  if (range.type === '*' && range.subtype === '*') return 1;
  return 0;
}

/**
 * The offered media type the client prefers: each offer takes the q of the most specific range that
 * names it; the highest q wins, then the offer named most specifically (`text/turtle, *\/*` gives
 * Turtle), then the server's order of `offers`. Undefined when nothing offered is acceptable (406).
 */
export function negotiate(accept: string | undefined, offers: readonly string[]): string | undefined {
  const ranges = parseAccept(accept);
  let best: { offer: string; q: number; specificity: number } | undefined;
  for (const offer of offers) {
    const [type = '', subtype = ''] = offer.toLowerCase().split('/');
    let q = 0;
    let closest = 0;
    for (const range of ranges) {
      const s = specificity(range, type, subtype);
      if (s > closest) [closest, q] = [s, range.q];
    }
    if (q > 0 && (!best || q > best.q || (q === best.q && closest > best.specificity))) best = { offer, q, specificity: closest };
  }
  return best?.offer;
}
