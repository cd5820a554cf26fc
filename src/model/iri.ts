// **iri** — what may be written as an IRI. Every IRI the data or the command line gives is checked here
// where it enters (RFC 3987: an absolute IRI, with none of the characters N-Triples and Turtle forbid
// inside <…>), so that no input can make a dump that parsers reject or read as other triples.

/** Longest IRI accepted: far beyond any real one, short enough that every IRI minted under it stays sane. */
export const MAX_IRI_LENGTH = 4096;
/** A base IRI leaves room for the ids minted under it. */
export const MAX_BASE_IRI_LENGTH = 1024;

// Forbidden in IRIREF (N-Triples / Turtle): controls and space, <>"{}|^`\ .
const FORBIDDEN = /[\u0000-\u0020<>"{}|^`\\\u007f-\u009f]/;
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;

const NAMES: Record<string, string> = {
  ' ': 'a space', '\t': 'a tab', '\n': 'a line break', '\r': 'a carriage return', '\u0000': 'a NUL character',
  '<': '"<"', '>': '">"', '"': 'a double quote', '{': '"{"', '}': '"}"', '|': '"|"', '^': '"^"', '`': 'a backtick', '\\': 'a backslash',
};

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A UTF-16 surrogate without its pair: no UTF-8 file can hold it (String#isWellFormed, before ES2024). */
export const hasLoneSurrogate = (text: string): boolean => SURROGATE.test(text) && LONE_SURROGATE.test(text);
const SURROGATE = /[\uD800-\uDFFF]/;

/** Why a text is not an IRI we can write, or undefined if it is one. */
export function iriProblem(text: string): string | undefined {
  if (!text) return 'an IRI cannot be empty';
  if (text.length > MAX_IRI_LENGTH) return `an IRI of ${text.length} characters is longer than the ${MAX_IRI_LENGTH} accepted`;
  if (!SCHEME.test(text)) return 'not an absolute IRI: it needs a scheme such as https: in front';
  if (hasLoneSurrogate(text)) return 'it holds a lone UTF-16 surrogate, which no IRI can hold';
  const bad = FORBIDDEN.exec(text)?.[0];
  if (bad !== undefined) {
    const name = NAMES[bad] ?? `the control character U+${bad.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    return `it contains ${name}, which an IRI cannot hold (percent-encode it, e.g. %20 for a space)`;
  }
  if (/%(?![0-9A-Fa-f]{2})/.test(text)) return 'a "%" that does not start a %XX escape';
  if (/^https?:/i.test(text) && !/^https?:\/\/[^/?#@]+/i.test(text.replace(/^(https?:\/\/)[^/?#]*@/i, '$1'))) return 'an http(s) IRI needs a host: https://host/…';
  return undefined;
}

/** The error a writer throws for an IRI it must not write: a bug in code that bypassed the loader. */
export class UnwritableIriError extends Error {
  constructor(readonly iri: string, readonly problem: string) {
    super(`refusing to write the IRI <${JSON.stringify(iri).slice(1, -1).slice(0, 200)}>: ${problem}`);
  }
}

/** The error a writer throws for a text no UTF-8 file can hold. */
export class UnwritableTextError extends Error {
  constructor(readonly text: string) {
    super(`refusing to write a literal with a lone UTF-16 surrogate: ${JSON.stringify(text.slice(0, 80))}`);
  }
}

/** Throws unless a literal's text can be written as UTF-8. */
export function assertWritableText(text: string): void {
  if (hasLoneSurrogate(text)) throw new UnwritableTextError(text);
}

/** Throws unless `iri` can be written between < and >. */
export function assertWritableIri(iri: string): void {
  if (FORBIDDEN.test(iri) || hasLoneSurrogate(iri) || !SCHEME.test(iri)) throw new UnwritableIriError(iri, iriProblem(iri) ?? 'not an absolute IRI');
}
