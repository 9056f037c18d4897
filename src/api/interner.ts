/**
 * One copy of each equal value in a load: `JSON.parse` gives every instance its own copy of the
 * same region, machine type, image and CPU name; the view model keeps one of each, shared by
 * every instance that has it. Shared values are never changed (the view model is read-only).
 */
export class Interner {
  private readonly texts = new Map<string, string>()
  private readonly blocks = new Map<string, unknown>()

  /** The first equal string seen. */
  text(value: string): string {
    const known = this.texts.get(value)
    if (known !== undefined) return known
    this.texts.set(value, value)
    return value
  }

  /**
   * The first value made for `key` (the values it is made of, joined by the caller), else
   * `make()`, kept for the next instance with the same key.
   */
  block<T>(key: string, make: () => T): T {
    const known = this.blocks.get(key)
    if (known !== undefined) return known as T
    const made = make()
    this.blocks.set(key, made)
    return made
  }
}

/**
 * The key of a shared block: its kind and the values it is made of, each marked with its type and
 * a string with its length, so that no two different lists of values give the same key (whatever
 * characters an API string holds).
 */
export function keyOf(kind: string, ...parts: (string | number | boolean | null)[]): string {
  let key = kind
  for (const part of parts) {
    if (typeof part === 'string') key += `|s${part.length}:${part}`
    else if (typeof part === 'number') key += `|n${Object.is(part, -0) ? '-0' : String(part)}`
    else key += part === null ? '|z' : part ? '|t' : '|f'
  }
  return key
}

/**
 * Empty lists the view model reads as `[]`: one for a list sent empty, one for a list sent as
 * null, so that rawOf gives back which it was. Frozen: shared by every instance.
 */
export const EMPTY_LIST: readonly never[] = Object.freeze([])
export const NULL_LIST: readonly never[] = Object.freeze([])
