/** `npm run bench:readme`: README "Performance" table from bench/results.json (bench/readme-table.ts). */
import { updateReadme } from './readme-table.ts'

const changed = updateReadme()
console.log(
  `bench:readme: README Performance table ${changed ? 'regenerated from' : 'already matches'} bench/results.json`,
)
