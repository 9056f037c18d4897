/**
 * `npm run lint`'s cycle check: fails on any import cycle among the project's modules, type-only
 * imports included (ESLint's import-x/no-cycle skips those).
 */
import { cycles, importGraph } from './import-graph.ts'

const found = cycles(importGraph(process.cwd(), ['src', 'proxy', 'sim', 'lib-node', 'deploy']))
for (const group of found) console.error(`import cycle: ${group.join(' -> ')}`)
if (found.length > 0) process.exit(1)
