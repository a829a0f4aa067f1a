/**
 * A test fixture for a `describe` block: started in `beforeAll`, stopped in `afterAll`,
 * used through a stand-in that forwards to it. One place instead of the same
 * `let x; beforeAll(…); afterAll(…)` preamble in every test file. Nothing here runs in production.
 */
import { afterAll, beforeAll } from 'vitest';

export interface FixtureOptions<T> {
  start: () => Promise<T>;
  stop: (value: T) => Promise<void>;
  /** Work after the start (e.g. extra records, sessions kept in variables of the test). */
  setup?: (value: T) => Promise<void>;
  startTimeout?: number;
  stopTimeout?: number;
}

/** The fixture's stand-in: property reads and method calls go to the started value. */
export function useFixture<T extends object>(opts: FixtureOptions<T>): T {
  let current: T | undefined;
  beforeAll(async () => {
    current = await opts.start();
    await opts.setup?.(current);
  }, opts.startTimeout ?? 60_000);
  afterAll(async () => {
    if (current) await opts.stop(current);
    current = undefined;
  }, opts.stopTimeout ?? 60_000);
  return new Proxy({} as T, {
    get(_, key) {
      if (!current) throw new Error(`test fixture read before it started (${String(key)})`);
      const value = Reflect.get(current, key, current) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(current) : value;
    },
  });
}
