import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { hpcaiProxy } from './proxy/vite-plugin.ts'

export default defineConfig({
  plugins: [react(), tailwindcss(), hpcaiProxy()],
  resolve: {
    // React 19 has useSyncExternalStore: TanStack Store's import of the pre-18 shim (which bundles
    // a fallback implementation) is pointed at the package's shim-free build of the same function.
    alias: {
      'use-sync-external-store/shim/with-selector': 'use-sync-external-store/with-selector',
    },
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: false },
  build: {
    target: 'es2022',
    sourcemap: false,
    modulePreload: { polyfill: false },
    // Which chunk holds which lazy part (dist/.vite/manifest.json, read by npm run test:size) is
    // asked for with `--manifest` by test:size and the bench only: a deploy does not ship it.
    // Libraries in one chunk, which stays cached across app deploys. A library that only lazy parts
    // use would land here too (initial JS, see npm run test:size): give it a group of its own.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // Only the account's memory (loaded after the first paint) uses idb: not in the vendor chunk.
            { name: 'idb', test: /node_modules\/idb\//, priority: 1 },
            // zod reads only answers of another shape than documented (src/api/lenient-reader.ts)
            // and saved-view files: both load it on first use.
            { name: 'zod', test: /node_modules\/zod\//, priority: 1 },
            { name: 'vendor', test: /node_modules/ },
            // SSH access and config blocks, for the drawer and the SSH config export only (left
            // to itself, the bundler hoists lib/ssh into the first paint's chunk).
            { name: 'ssh', test: /src\/lib\/ssh(-config)?\.ts$/ },
            // Helpers the first paint shares with lazy parts: one chunk instead of one each (each
            // chunk costs its own gzip overhead; npm run test:size lists the initial files).
            {
              name: 'shared',
              test: /src\/(lib\/(format|own-value|pricing|status|disk|diagnosis)|components\/(tone|button|button-styles)|model\/(column-ids|column-layout|view-state))\.tsx?$/,
            },
          ],
        },
      },
    },
  },
})
