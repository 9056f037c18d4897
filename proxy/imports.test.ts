import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const files = readdirSync(import.meta.dirname).filter((name) => name.endsWith('.ts'))

describe('proxy/', () => {
  it('imports nothing from the simulator (the demo launcher hands it the demo token)', () => {
    for (const file of files.filter((name) => !name.endsWith('.test.ts'))) {
      const source = readFileSync(`${import.meta.dirname}/${file}`, 'utf8')
      expect(source, file).not.toMatch(/from ['"][./]*sim\//)
    }
  })

  it('keeps contract.ts free of imports: the SPA bundles it', () => {
    expect(readFileSync(`${import.meta.dirname}/contract.ts`, 'utf8')).not.toMatch(/^import /m)
  })
})
