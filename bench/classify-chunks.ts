/**
 * Which chunks of a build belong to which kind, from Vite's build manifest (dist/.vite/manifest.json):
 * the initial JS (the entry and every chunk it imports statically, which index.html preloads), and
 * per lazy kind every chunk its entry modules load on first use beyond the initial ones. Pure: the
 * caller reads the manifest and gives the gzip size of a file.
 */

/** One chunk of Vite's manifest, keyed by its source module (or `_name-hash.js` for shared chunks). */
export interface ManifestChunk {
  file: string
  src?: string
  isEntry?: boolean
  isDynamicEntry?: boolean
  imports?: string[]
  dynamicImports?: string[]
  css?: string[]
}
export type Manifest = Record<string, ManifestChunk>

/** A lazy kind: the modules that are always `import()`ed (never in the initial JS), and a budget. */
export interface ChunkKind {
  kind: string
  entries: string[]
  budgetKb: number
}

export interface KindSize {
  kind: string
  files: string[]
  kb: number
  budgetKb: number
  pass: boolean
  /** Why it misses besides its size: an entry bundled into the initial JS, or not found. */
  problems: string[]
  note?: string
}

/** Every manifest key reachable from `keys` through static imports (the keys themselves included). */
export function staticClosure(manifest: Manifest, keys: string[]): Set<string> {
  const seen = new Set<string>()
  const visit = (key: string) => {
    if (seen.has(key) || !manifest[key]) return
    seen.add(key)
    for (const imported of manifest[key].imports ?? []) visit(imported)
  }
  for (const key of keys) visit(key)
  return seen
}

/** The manifest keys of the first paint: each entry and what it imports statically. */
export function initialKeys(manifest: Manifest): Set<string> {
  const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry)
  return staticClosure(manifest, entries)
}

const filesOf = (manifest: Manifest, keys: Iterable<string>) =>
  [...keys].map((key) => manifest[key]?.file ?? key).sort()

/**
 * The initial JS, then one line per kind, then "other lazy" for dynamic entries no kind names (with
 * `otherBudgetKb`). A kind misses when its size is over budget, or when one of its entries is not a
 * lazy chunk of its own: missing from the manifest (bundled statically into another chunk, or
 * renamed) or among the initial chunks.
 */
export function classifyChunks(
  manifest: Manifest,
  kinds: ChunkKind[],
  budgets: { initialKb: number; otherBudgetKb: number },
  gzipKb: (file: string) => number,
): KindSize[] {
  const initial = initialKeys(manifest)
  const sizeOf = (keys: Iterable<string>) =>
    [...keys].reduce((total, key) => total + gzipKb(manifest[key]?.file ?? key), 0)
  const line = (kind: string, keys: string[], budgetKb: number, problems: string[]): KindSize => {
    const kb = sizeOf(keys)
    const pass = kb <= budgetKb && problems.length === 0
    return { kind, files: filesOf(manifest, keys), kb, budgetKb, pass, problems }
  }
  const lines: KindSize[] = [line('initial', [...initial], budgets.initialKb, [])]
  const named = new Set(kinds.flatMap((kind) => kind.entries))
  for (const { kind, entries, budgetKb } of kinds) {
    const problems = entries.flatMap((entry) => {
      if (!manifest[entry])
        return [`${entry} is not a lazy chunk of its own (imported statically too, or renamed?)`]
      if (initial.has(entry)) return [`${entry} is in the initial JS`]
      return []
    })
    const keys = [...staticClosure(manifest, entries)].filter((key) => !initial.has(key))
    lines.push(line(kind, keys, budgetKb, problems))
  }
  const others = Object.keys(manifest).filter(
    (key) => manifest[key]?.isDynamicEntry && !named.has(key) && !initial.has(key),
  )
  if (others.length > 0) {
    const keys = [...staticClosure(manifest, others)].filter((key) => !initial.has(key))
    const note = `entries in no kind of bench/chunk-kinds.ts: ${others.join(', ')}`
    lines.push({ ...line('other lazy', keys, budgets.otherBudgetKb, []), note })
  }
  return lines
}
