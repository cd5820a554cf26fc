// **errors** — what can go wrong talking to a triple store, as codes with exit codes, and how an HTTP
// answer maps to them. Virtuoso's quirks live here: it refuses updates with 500 (SR186), not 403.
import { LinkedLivesError } from '../errors.js';

export type PublishErrorCode =
  | 'unreachable' | 'connection_lost' | 'credentials_required' | 'unauthorized' | 'forbidden'
  | 'rejected' | 'server_error' | 'verification_failed'
  /** The store sent us to another host (or round in circles): not followed. */
  | 'redirect';

/** The command's exit code for each failure; 0–3 belong to export and validate. */
export const PUBLISH_EXIT_CODES: Record<PublishErrorCode, number> = {
  unreachable: 4,
  redirect: 4,
  credentials_required: 5,
  unauthorized: 5,
  forbidden: 6,
  rejected: 7,
  connection_lost: 8,
  server_error: 8,
  verification_failed: 8,
};

export class PublishError extends LinkedLivesError {
  constructor(message: string, override readonly code: PublishErrorCode, details: Record<string, unknown> = {}) {
    super(message, code, details);
    this.name = 'PublishError';
  }
}

/** A failure worth trying again: a lost connection, a timeout, a 5xx that is not a refusal. */
export class RetryableError extends Error {
  constructor(message: string, override readonly cause: PublishError) {
    super(message);
    this.name = 'RetryableError';
  }
}

const PERMISSION = /\bSR186\b|\bSR575\b|\bSQ110\b|SECURITY:|No permission|permission denied|not authori[sz]ed/i;
const BAD_DATA = /\bSP0(29|30)\b|syntax error|parse error|RDF loader|is rejected|unsupported type|malformed/i;

/** The error an unsuccessful HTTP answer stands for; `retryable` when trying again may help. */
export function classifyResponse(status: number, body: string, what: string): { error: PublishError; retryable: boolean } {
  const message = serverMessage(body);
  const said = message ? `: ${message}` : '';
  const details = { status, server: message };
  if (status === 403 || (status >= 500 && PERMISSION.test(body))) {
    return { error: new PublishError(`the user may not update this store: ${what} was refused (HTTP ${status}${said}). ${GRANT_HINT}`, 'forbidden', details), retryable: false };
  }
  if (status === 401) return { error: new PublishError(`${what}: the store refused the credentials (HTTP 401)`, 'unauthorized', details), retryable: false };
  if ((status >= 400 && status < 500 && status !== 408 && status !== 429) || (status >= 500 && BAD_DATA.test(body))) {
    return { error: new PublishError(`the store rejected ${what} (HTTP ${status})${said}`, 'rejected', details), retryable: false };
  }
  return { error: new PublishError(`the store failed on ${what} (HTTP ${status})${said}`, 'server_error', details), retryable: true };
}

const GRANT_HINT = 'Give it update rights (Virtuoso: GRANT SPARQL_UPDATE TO "user"; other stores: a writable role), or publish as another user.';

/** The useful part of an error body: Virtuoso's <xmp> text, or the text before the echoed query; short. */
export function serverMessage(body: string): string {
  const xmp = /<xmp>([\s\S]*?)<\/xmp>/i.exec(body)?.[1];
  let text = xmp ?? body.split(/\n\s*SPARQL (query|update):/)[0] ?? '';
  if (!xmp && /<html/i.test(text)) text = text.replace(/<[^>]+>/g, ' ');
  text = text.replace(/\s+/g, ' ').trim();
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}
