/**
 * One copy of each equal value in a load: `JSON.parse` gives every instance its own copy of the
 * same region, machine type, image and CPU name; the view model keeps one of each, shared by
 * every instance that has it. Shared values are never changed (the view model is read-only).
 */
export class Interner {
  private readonly texts = new Map<string, string>()
  private readonly kinds = new Map<string, Map<unknown, unknown[]>>()

  /** The first equal string seen. */
  text(value: string): string {
    const known = this.texts.get(value)
    if (known !== undefined) return known
    this.texts.set(value, value)
    return value
  }

  /**
   * The first value of `kind` made for this `primary` value that `equals` accepts, else `make()`,
   * kept for the next instance. `primary` narrows the search (a region's id, a price); `equals`
   * compares the rest (with Object.is for numbers, so that -0 stays -0).
   */
  shared<T>(kind: string, primary: unknown, equals: (known: T) => boolean, make: () => T): T {
    let byPrimary = this.kinds.get(kind)
    if (!byPrimary) this.kinds.set(kind, (byPrimary = new Map<unknown, unknown[]>()))
    const candidates = byPrimary.get(primary) as T[] | undefined
    if (candidates) {
      for (const known of candidates) if (equals(known)) return known
    }
    const made = make()
    if (candidates) candidates.push(made)
    else byPrimary.set(primary, [made])
    return made
  }
}

/** Whether two lists hold the same values in the same order (Object.is for each). */
export function sameList(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false
  for (let index = 0; index < a.length; index++) if (!Object.is(a[index], b[index])) return false
  return true
}

/**
 * Empty lists the view model reads as `[]`: one for a list sent empty, one for a list sent as
 * null, so that rawOf gives back which it was. Frozen: shared by every instance.
 */
export const EMPTY_LIST: readonly never[] = Object.freeze([])
export const NULL_LIST: readonly never[] = Object.freeze([])
