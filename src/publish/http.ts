// **http** — one HTTP exchange with a store over Node's fetch: answers Basic and Digest challenges
// (reusing a Digest nonce with a growing nonce count), applies a timeout, and turns every failure into
// a PublishError (or a RetryableError wrapping one). The password only ever goes into a header.
import type { Credentials } from './credentials.js';
import { basicAuthorization, digestAuthorization, parseChallenges, type Challenge } from './digest.js';
import { classifyResponse, PublishError, RetryableError } from './errors.js';
import { PASSWORD_VARIABLE, USER_VARIABLE } from './credentials.js';

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  headers?: Record<string, string>;
  body?: string;
  /** What the request does, for messages: "the upload of triples 1–50000". */
  what: string;
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  text: string;
}

type Auth = { scheme: 'basic' } | { scheme: 'digest'; challenge: Challenge; nc: number };

export class HttpClient {
  #auth: Auth | undefined;
  /** True once the store has answered anything: later connection failures mean it stopped mid-way. */
  contacted = false;

  constructor(private readonly credentials: Credentials | undefined, private readonly timeoutMs: number) {}

  /** Sends a request and returns a 2xx answer; throws PublishError, or RetryableError when trying again may help. */
  async send(request: HttpRequest): Promise<HttpResponse> {
    let challenged = false;
    for (;;) {
      const authorization = this.#authorization(request);
      const response = await this.#exchange(request, authorization);
      if (response.status >= 200 && response.status < 300) return response;
      if (response.status !== 401) {
        const { error, retryable } = classifyResponse(response.status, this.#redact(response.text, authorization), request.what);
        throw retryable ? new RetryableError(error.message, error) : error;
      }
      if (!this.credentials) throw credentialsRequired(request.url);
      if (challenged) throw this.#refused(request);
      this.#auth = pickAuth(parseChallenges(response.headers.get('www-authenticate') ?? ''));
      if (!this.#auth) throw new PublishError(`${request.what}: the store asks for an authentication scheme other than Basic or Digest`, 'unauthorized');
      challenged = true;
    }
  }

  #authorization(request: HttpRequest): string | undefined {
    if (!this.#auth || !this.credentials) return undefined;
    const { user } = this.credentials;
    if (this.#auth.scheme === 'basic') return basicAuthorization(user, this.credentials.reveal());
    const url = new URL(request.url);
    this.#auth.nc += 1;
    return digestAuthorization({
      challenge: this.#auth.challenge, user, password: this.credentials.reveal(),
      method: request.method, uri: url.pathname + url.search, nc: this.#auth.nc,
    });
  }

  /** A store's answer with anything that would give the credentials away hidden: some echo the request's headers. */
  #redact(text: string, authorization: string | undefined): string {
    if (!this.credentials) return text;
    const password = this.credentials.reveal();
    // The password as sent, and as a store may quote it back: JSON-escaped or percent-encoded.
    const secrets = [authorization, authorization?.replace(/^\S+\s+/, ''), Buffer.from(`${this.credentials.user}:${password}`).toString('base64'),
      password, JSON.stringify(password).slice(1, -1), encodeURIComponent(password)]
      .filter((s): s is string => !!s && s.length >= 4)
      .sort((a, b) => b.length - a.length); // the longest first, so that a shorter one inside it leaves no piece
    return secrets.reduce((out, secret) => out.split(secret).join('<hidden>'), text);
  }

  async #exchange(request: HttpRequest, authorization: string | undefined): Promise<HttpResponse> {
    const headers = { ...request.headers, ...(authorization && { authorization }) };
    try {
      // Redirects are followed by hand: within the store's origin only, so that neither the data nor
      // the credentials ever go to another host.
      let url = request.url;
      for (let hops = 0; ; hops++) {
        const response = await fetch(url, {
          method: request.method, headers, body: request.body ?? null, signal: AbortSignal.timeout(this.timeoutMs), redirect: 'manual',
        });
        const location = response.status >= 300 && response.status < 400 ? response.headers.get('location') : null;
        if (location !== null) {
          await response.body?.cancel();
          const next = new URL(location, url);
          if (next.origin !== new URL(url).origin || hops >= 5) {
            this.contacted = true;
            throw new PublishError(`${request.what}: the store at ${new URL(url).origin} redirects to ${hops >= 5 ? 'itself, again and again' : next.origin}; linked-lives does not follow a store to another host with your data and credentials (give that URL as the endpoint if you trust it)`, 'redirect');
          }
          url = next.href;
          continue;
        }
        const text = await response.text();
        this.contacted = true;
        return { status: response.status, headers: response.headers, text };
      }
    } catch (error) {
      if (error instanceof PublishError) throw error;
      const failure = this.contacted
        ? new PublishError(`the store at ${new URL(request.url).origin} stopped answering during ${request.what} (${networkReason(error, this.timeoutMs)})`, 'connection_lost')
        : new PublishError(`cannot reach the store at ${new URL(request.url).origin} (${networkReason(error, this.timeoutMs)}): is it running, and is the URL right?`, 'unreachable');
      throw new RetryableError(failure.message, failure);
    }
  }

  #refused(request: HttpRequest): PublishError {
    return new PublishError(
      `the store refused the credentials of user "${this.credentials!.user}" (HTTP 401 on ${request.what}): check the user name and password`,
      'unauthorized', { user: this.credentials!.user },
    );
  }
}

/** Digest when offered (with an algorithm we know), else Basic. */
function pickAuth(challenges: Challenge[]): Auth | undefined {
  const digest = challenges.find((c) => c.scheme === 'digest' && /^(md5|sha-256)(-sess)?$/i.test(c.params.algorithm ?? 'MD5'));
  if (digest) return { scheme: 'digest', challenge: digest, nc: 0 };
  return challenges.some((c) => c.scheme === 'basic') ? { scheme: 'basic' } : undefined;
}

function credentialsRequired(url: string): PublishError {
  return new PublishError(
    `the store at ${new URL(url).origin} asks for credentials (HTTP 401): set ${USER_VARIABLE} and ${PASSWORD_VARIABLE}, or pass --credentials FILE`,
    'credentials_required',
  );
}

/** "ECONNREFUSED", "no answer in 300 s" … from what fetch throws. */
export function networkReason(error: unknown, timeoutMs: number): string {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e.name === 'TimeoutError') return `no answer in ${timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} s`}`;
  return e.cause?.code ?? e.cause?.message ?? e.message ?? String(error);
}
