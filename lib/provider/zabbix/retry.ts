/** Bounded exponential backoff with full jitter, for transient failures only. */

export interface RetryOptions {
  /**
   * Attempts in all, the first included.
   *
   * @default 5
   */
  readonly attempts?: number;
  /**
   * Upper bound of the first delay, in milliseconds; doubles per attempt.
   *
   * @default 200
   */
  readonly baseDelayMs?: number;
  /**
   * Upper bound of any delay, in milliseconds.
   *
   * @default 3000
   */
  readonly maxDelayMs?: number;
}

export const DEFAULT_RETRY: Required<RetryOptions> = {
  attempts: 5,
  baseDelayMs: 200,
  maxDelayMs: 3_000,
};

/** The delay before retry number `retry` (1-based): uniform in [0, min(max, base·2^(retry-1))]. */
export function backoffDelay(
  retry: number,
  options: Required<RetryOptions>,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (retry - 1));
  return Math.floor(random() * ceiling);
}

/**
 * Runs `operation` until it succeeds, throws an error `isTransient` rejects, or the attempts
 * are used up (the last error is thrown). `onRetry` hears of each retry before its delay.
 */
export async function withRetry<T>(
  operation: (attempt: number) => Promise<T>,
  isTransient: (error: unknown) => boolean,
  options: Required<RetryOptions>,
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation(attempt);
    } catch (error) {
      if (attempt >= options.attempts || !isTransient(error)) throw error;
      const delay = backoffDelay(attempt, options);
      onRetry?.(error, attempt, delay);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
