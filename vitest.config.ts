import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The JSON report is what .ci/run reads its "N passed, N failed" line from.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results.json' },
    // Messages with a gap in the catalogue or an unfilled placeholder throw instead of degrading (src/rules/messages.ts).
    env: { NOTICELINT_STRICT_MESSAGES: '1' },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
