import { defineConfig } from 'vitest/config';

/** The governance browser test alone (see vitest.config.ts for why it is not in the suite). */
export default defineConfig({
  test: {
    include: ['src/web/e2e/governance.test.ts'],
    testTimeout: 120_000,
  },
});
