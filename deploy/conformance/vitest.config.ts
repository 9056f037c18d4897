import { defineConfig } from 'vitest/config'

/** `npm run test:deploy`: the proxy contract against `npm start` and nginx, plus the renderer. */
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['deploy/**/*.test.ts'],
    globalSetup: ['deploy/conformance/global-setup.ts'],
    environment: 'node',
    // One file at a time: each starts its servers on the same port range.
    fileParallelism: false,
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
})
