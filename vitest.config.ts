import { defineConfig } from 'vitest/config';

/** Unit tests: pure core, db (fake-indexeddb), main-process services with electron mocked. */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
