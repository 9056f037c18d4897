/**
 * A table lookup for keys that come from API data or the URL: `table['toString']` would
 * otherwise return Object.prototype's function instead of undefined.
 */
export function ownValue<T>(
  table: Readonly<Partial<Record<string, T>>>,
  key: string,
): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined
}
