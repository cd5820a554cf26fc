// **retry** — bounded retries with exponential backoff, for the failures a RetryableError marks
// (lost connections, timeouts, 5xx that are not refusals). Anything else fails at once.
import { RetryableError } from './errors.js';

export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  /** Wait before the second try; it doubles for each further try. */
  baseDelayMs: number;
  maxDelayMs: number;
}

/** 5 tries, waiting 0.5, 1, 2 and 4 s in between: a store that restarts within ~8 s is waited for. */
export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, baseDelayMs: 500, maxDelayMs: 8_000 };

export interface RetryEvent {
  attempt: number;
  delayMs: number;
  reason: string;
}

export const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs `action`, retrying RetryableErrors; after the last try throws the PublishError they wrap. */
export async function withRetries<T>(action: () => Promise<T>, policy: RetryPolicy, onRetry?: (event: RetryEvent) => void): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await action();
    } catch (error) {
      if (!(error instanceof RetryableError)) throw error;
      if (attempt >= policy.attempts) throw error.cause;
      const delayMs = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
      onRetry?.({ attempt, delayMs, reason: error.message });
      await delay(delayMs);
    }
  }
}
