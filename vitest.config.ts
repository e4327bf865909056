import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Some tests run git and the project's CLIs, which a busy machine slows many times over:
    // the timeouts only end a hang, far above what an idle machine needs (under a second).
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
