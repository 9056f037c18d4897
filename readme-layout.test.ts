import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = import.meta.dirname

/** The folders the README's Layout section names, as `src/…/` at the start of a line of its tree. */
function foldersInReadme(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
  const section = readme.slice(readme.indexOf('## Layout'), readme.indexOf('## Deploy for a team'))
  return [...section.matchAll(/^(src\/[\w-]+(?:\/[\w-]+)?)\/\s/gm)].map((match) => match[1] ?? '')
}

describe("the README's Layout section", () => {
  it('names every folder of src/ (and of src/instances/) and no folder that is gone', () => {
    const named = foldersInReadme()
    const subfolders = (dir: string) =>
      readdirSync(join(ROOT, dir), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => `${dir}/${entry.name}`)
    const actual = [
      ...subfolders('src').filter((dir) => dir !== 'src/instances'),
      ...subfolders('src/instances'),
    ]
    expect(named.toSorted()).toEqual(actual.toSorted())
  })
})
