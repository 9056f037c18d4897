import type { Instance } from '../api/instance'
import { compareValues, type SortContext, type SortKey, type SortValue } from './sort'

/** The tie-break of every sort: (sortName, id) order, as positions in `all` and a rank per instance. */
export interface NameOrder {
  positions: Int32Array
  ranks: Int32Array
}

export function nameOrder(all: readonly Instance[]): NameOrder {
  // Both keys are strings: compared inline from flat arrays (a quarter faster at 50,000 than
  // through compareValues and the instances).
  const names = all.map((instance) => instance.sortName)
  const ids = all.map((instance) => instance.id)
  const order = Array.from(all.keys()).sort((a, b) => {
    const x = names[a] as string
    const y = names[b] as string
    if (x !== y) return x < y ? -1 : 1
    const p = ids[a] as string
    const q = ids[b] as string
    return p === q ? 0 : p < q ? -1 : 1
  })
  const positions = Int32Array.from(order)
  const ranks = new Int32Array(all.length)
  positions.forEach((position, rank) => (ranks[position] = rank))
  return { positions, ranks }
}

/** A key that tells tuples apart exactly (type and value of each part). */
const tupleKey = (values: readonly SortValue[]) => JSON.stringify(values)

/**
 * Each instance's place among the distinct values of the column (dense rank, in `desc` order with
 * unknown last), found by sorting the distinct values only: few for most columns.
 */
function denseRanks(columns: SortValue[][], n: number, desc: boolean): Int32Array {
  const groupOf = new Int32Array(n)
  const reps: SortValue[][] = []
  const single = columns.length === 1 ? columns[0] : undefined
  const groups = new Map<SortValue | string, number>()
  for (let index = 0; index < n; index++) {
    const key = single ? (single[index] ?? null) : tupleKey(columns.map((c) => c[index] ?? null))
    let group = groups.get(key)
    if (group === undefined) {
      group = reps.length
      groups.set(key, group)
      reps.push(columns.map((c) => c[index] ?? null))
    }
    groupOf[index] = group
  }
  const byValue = Array.from(reps.keys()).sort((a, b) => {
    const x = reps[a] as SortValue[]
    const y = reps[b] as SortValue[]
    for (let part = 0; part < x.length; part++) {
      const order = compareValues(x[part] ?? null, y[part] ?? null, desc)
      if (order !== 0) return order
    }
    return 0
  })
  const rankOfGroup = new Int32Array(reps.length)
  byValue.forEach((group, rank) => (rankOfGroup[group] = rank))
  return groupOf.map((group) => rankOfGroup[group] ?? 0)
}

/**
 * `all` in the order of `keys` (then the name order): the same order as `sortInstances`. One
 * number per instance, (dense rank × n + name rank), sorted natively: no comparator per pair.
 */
export function rankOrder(
  all: readonly Instance[],
  names: NameOrder,
  keys: readonly SortKey[],
  desc: boolean,
  context: SortContext,
): Instance[] {
  const n = all.length
  const columns = keys.map((key) => all.map((instance) => key(instance, context)))
  const ranks = denseRanks(columns, n, desc)
  const composite = new Float64Array(n)
  for (let index = 0; index < n; index++)
    composite[index] = (ranks[index] ?? 0) * n + (names.ranks[index] ?? 0)
  composite.sort()
  const result = new Array<Instance>(n)
  for (let index = 0; index < n; index++)
    result[index] = all[names.positions[(composite[index] ?? 0) % n] ?? 0] as Instance
  return result
}
