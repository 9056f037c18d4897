import { describe, expect, it } from 'vitest'
import { cycles, importGraph } from './scripts/import-graph.ts'

describe('the import graph', () => {
  it('has no cycle anywhere, type-only imports included', () => {
    const graph = importGraph(import.meta.dirname, ['src', 'proxy', 'sim', 'lib-node', 'deploy'])
    expect(graph.size).toBeGreaterThan(200)
    expect(cycles(graph)).toEqual([])
  })

  it('finds a cycle made of type-only imports', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ])
    expect(cycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts']])
  })
})
