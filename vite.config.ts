import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { hpcaiProxy } from './proxy/vite-plugin.ts'

export default defineConfig({
  plugins: [react(), tailwindcss(), hpcaiProxy()],
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: false },
  build: {
    target: 'es2022',
    sourcemap: false,
    modulePreload: { polyfill: false },
    // dist/.vite/manifest.json: which chunk holds which lazy part (npm run test:size reads it).
    manifest: true,
    // Libraries in one chunk, which stays cached across app deploys. A library that only lazy parts
    // use would land here too (initial JS, see npm run test:size): give it a group of its own.
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'vendor', test: /node_modules/ }] } },
    },
  },
})
