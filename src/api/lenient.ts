import * as z from 'zod/mini'

import { isRecord, readBool, readNumber, readText } from './leaves'

/** Parses `transform(value)`; an absent key is read as null rather than failing its object. */
function leaf<T>(transform: (value: unknown) => T) {
  return z.prefault(z.pipe(z.unknown(), z.transform(transform)), null)
}

/** Leaf parsers that never fail (see leaves.ts). */
export const text = leaf(readText)
export const num = leaf(readNumber)
export const bool = leaf(readBool)

/** An object block that may arrive as null, absent or another type: treated as empty. */
export function block<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  return z.prefault(
    z.pipe(
      z.transform((value: unknown) => (isRecord(value) ? value : {})),
      z.object(shape),
    ),
    null,
  )
}

/** An array that may arrive as null or absent; items that do not parse are skipped. */
export function list<Item extends z.ZodMiniType>(item: Item) {
  return z.prefault(
    z.pipe(
      z.transform((value: unknown): unknown[] =>
        Array.isArray(value) ? (value as unknown[]) : [],
      ),
      z.transform((values: unknown[]) =>
        values.flatMap((value): z.output<Item>[] => {
          const result = z.safeParse(item, value)
          return result.success ? [result.data] : []
        }),
      ),
    ),
    null,
  )
}
