/** Polls until the check returns a truthy value or the time is up; returns that value. */
export async function eventually<T>(check: () => Promise<T | undefined | null | false> | T | undefined | null | false, timeoutMs = 20_000, what: string | (() => string) = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value) return value as T;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${typeof what === 'function' ? what() : what} not met within ${timeoutMs} ms${lastError ? `: ${String(lastError)}` : ''}`);
}

/**
 * How long a test waits for organization to have heard of an enterprise registry just registered. Every
 * test's organization reads registry's stream from its start, and the stream holds the events of every
 * earlier test of the run (the services of one run share the broker): late in a run, that is a backlog
 * of thousands, each recomputing coverage and formation advice. Within the e2e test timeout (180 s).
 */
export const ORGANIZATION_CATCH_UP_MS = 150_000;
