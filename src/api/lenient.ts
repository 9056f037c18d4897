import * as z from 'zod/mini'

/**
 * Leaf parsers that never fail: the real API sends nulls, empty strings and numbers as strings
 * where the spec promises otherwise, and one odd field must not cost the user a whole instance.
 */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Parses `transform(value)`; an absent key is read as null rather than failing its object. */
function leaf<T>(transform: (value: unknown) => T) {
  return z.prefault(z.pipe(z.unknown(), z.transform(transform)), null)
}

export const text = leaf((value): string =>
  typeof value === 'string'
    ? value
    : typeof value === 'number' && Number.isFinite(value)
      ? String(value)
      : '',
)

export const num = leaf((value): number | null => {
  const parsed = typeof value === 'string' && value.trim() !== '' ? Number(value) : value
  return typeof parsed === 'number' && Number.isFinite(parsed) ? parsed : null
})

export const bool = leaf((value): boolean | null => {
  if (typeof value === 'boolean') return value
  if (value === 'true') return true
  if (value === 'false') return false
  return null
})

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
