import { defineConfig } from 'vitest/config';

// The tests against a real Virtuoso run after all the others, on their own: a large publish whose
// readers scan without pause stalled past ten minutes when it shared the two cores with the browser,
// HTML-validation and site tests, while it takes half a minute alone. One file at a time, too.
const VIRTUOSO = ['tests/publish/virtuoso*.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'main', include: ['tests/**/*.test.ts'], exclude: VIRTUOSO } },
      { extends: true, test: { name: 'virtuoso', include: VIRTUOSO, fileParallelism: false, sequence: { groupOrder: 1 } } },
    ],
  },
});
