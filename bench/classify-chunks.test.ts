import { describe, expect, it } from 'vitest'
import { classifyChunks, initialKeys, type ChunkKind, type Manifest } from './classify-chunks.ts'
import { chunkName, sizeLines } from './size-lines.ts'

// A small build: the entry imports vendor; the drawer and the stop dialog share a modal chunk; the
// saved views load from inside the export tools, and import them statically.
const manifest: Manifest = {
  'index.html': {
    file: 'assets/index-AAAAAAAA.js',
    src: 'index.html',
    isEntry: true,
    imports: ['_vendor-BBBBBBBB.js'],
    dynamicImports: ['src/drawer.tsx', 'src/stop.tsx', 'src/export-tools.tsx', 'src/new-panel.tsx'],
  },
  '_vendor-BBBBBBBB.js': { file: 'assets/vendor-BBBBBBBB.js' },
  '_modal-CCCCCCCC.js': { file: 'assets/modal-CCCCCCCC.js', imports: ['index.html'] },
  'src/drawer.tsx': {
    file: 'assets/drawer-DDDDDDDD.js',
    src: 'src/drawer.tsx',
    isDynamicEntry: true,
    imports: ['index.html', '_vendor-BBBBBBBB.js', '_modal-CCCCCCCC.js'],
  },
  'src/stop.tsx': {
    file: 'assets/stop-EEEE-EEE.js',
    src: 'src/stop.tsx',
    isDynamicEntry: true,
    imports: ['_modal-CCCCCCCC.js'],
  },
  'src/export-tools.tsx': {
    file: 'assets/export-tools-FFFFFFFF.js',
    src: 'src/export-tools.tsx',
    isDynamicEntry: true,
    dynamicImports: ['src/views.tsx'],
  },
  'src/views.tsx': {
    file: 'assets/views-GGGGGGGG.js',
    src: 'src/views.tsx',
    isDynamicEntry: true,
    imports: ['src/export-tools.tsx'],
  },
  'src/new-panel.tsx': {
    file: 'assets/new-panel-HHHHHHHH.js',
    src: 'src/new-panel.tsx',
    isDynamicEntry: true,
  },
}
// Each file weighs 1 kB, vendor 10.
/** The manifest without `key`: as if its module had been bundled into another chunk. */
const without = (key: string): Manifest =>
  Object.fromEntries(Object.entries(manifest).filter(([name]) => name !== key))
const gzipKb = (file: string) => (file.includes('vendor') ? 10 : 1)
const kinds: ChunkKind[] = [
  { kind: 'drawer', entries: ['src/drawer.tsx'], budgetKb: 2 },
  { kind: 'stop actions', entries: ['src/stop.tsx'], budgetKb: 1.5 },
  { kind: 'saved views', entries: ['src/views.tsx'], budgetKb: 3 },
]
const budgets = { initialKb: 12, otherBudgetKb: 5 }
const classify = (build: Manifest, kindList = kinds) =>
  classifyChunks(build, kindList, budgets, gzipKb)

describe('classifyChunks', () => {
  it('counts the entry and what it imports statically as initial, nothing lazy', () => {
    expect([...initialKeys(manifest)].sort()).toEqual(['_vendor-BBBBBBBB.js', 'index.html'])
    expect(classify(manifest)[0]).toMatchObject({
      kind: 'initial',
      files: ['assets/index-AAAAAAAA.js', 'assets/vendor-BBBBBBBB.js'],
      kb: 11,
      pass: true,
    })
  })

  it('gives each kind what it loads on first use beyond the initial chunks, shared ones in each', () => {
    const [, drawer, stop, views] = classify(manifest)
    expect(drawer).toMatchObject({
      files: ['assets/drawer-DDDDDDDD.js', 'assets/modal-CCCCCCCC.js'],
      kb: 2,
      pass: true,
    })
    expect(stop).toMatchObject({ kb: 2, budgetKb: 1.5, pass: false, problems: [] })
    expect(views?.files).toEqual(['assets/export-tools-FFFFFFFF.js', 'assets/views-GGGGGGGG.js'])
  })

  it('counts dynamic entries no kind names as other lazy, with a note naming them', () => {
    const other = classify(manifest).at(-1)
    expect(other).toMatchObject({ kind: 'other lazy', kb: 2, budgetKb: 5, pass: true })
    expect(other?.note).toContain('src/new-panel.tsx')
    expect(other?.note).toContain('src/export-tools.tsx')
  })

  it('misses a kind whose entry was bundled into another chunk', () => {
    const drawer = classify(without('src/drawer.tsx'))[1]
    expect(drawer?.pass).toBe(false)
    expect(drawer?.problems).toEqual([
      'src/drawer.tsx is not a lazy chunk of its own (imported statically too, or renamed?)',
    ])
  })

  it('misses a kind whose entry is imported statically by the first paint', () => {
    const index = manifest['index.html']
    const eager = {
      ...manifest,
      'index.html': { ...index, imports: ['src/drawer.tsx'] },
    } as Manifest
    const [initial, drawer] = classify(eager)
    expect(initial?.files).toContain('assets/drawer-DDDDDDDD.js')
    expect(drawer).toMatchObject({ pass: false, problems: ['src/drawer.tsx is in the initial JS'] })
  })

  it('misses the initial JS over its budget', () => {
    const tight = classifyChunks(manifest, kinds, { ...budgets, initialKb: 10 }, gzipKb)
    expect(tight[0]?.pass).toBe(false)
  })
})

describe('sizeLines', () => {
  it('prints one line per kind with size, budget, verdict and chunk names, then its problems', () => {
    const lines = sizeLines(classify(without('src/drawer.tsx')))
    expect(lines[0]).toMatch(/^kind +kB gzip +budget +pass\/miss +files$/)
    expect(lines[1]).toMatch(/^initial +11\.0 +12\.0 +pass +2: index, vendor$/)
    expect(lines).toContain(
      '  drawer: src/drawer.tsx is not a lazy chunk of its own (imported statically too, or renamed?)',
    )
    expect(lines.find((line) => line.startsWith('stop actions'))).toMatch(
      /2\.0 +1\.5 +MISS +2: modal, stop$/,
    )
  })

  it('names a chunk without its hash, even when the hash holds - or _', () => {
    expect(chunkName('assets/attention-rules-list-CP1HKjj-.js')).toBe('attention-rules-list')
    expect(chunkName('assets/activity-panel-DHsj__Xr.js')).toBe('activity-panel')
  })
})
