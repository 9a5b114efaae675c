import { defineConfig } from 'vitest/config';

// Unit tests of the pages' logic (no stack, no browser); DOM tests opt in with a file comment.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
  },
});
