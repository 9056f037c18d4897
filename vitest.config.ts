import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [react()],
  test: {
    include: [
      'src/**/*.test.{ts,tsx}',
      'sim/**/*.test.ts',
      'proxy/**/*.test.ts',
      'lib-node/**/*.test.ts',
      'bench/**/*.test.ts',
      'import-boundaries.test.ts',
      'import-cycles.test.ts',
      'tailwind-config.test.ts',
      'readme-layout.test.ts',
    ],
    environment: 'node',
    setupFiles: ['src/test-setup.ts'],
  },
})
