import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // helm, kubeconform and the API server are real processes: give them time.
    testTimeout: 120_000,
    hookTimeout: 600_000,
    pool: 'forks',
  },
});
