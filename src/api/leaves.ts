/**
 * How a field is read whatever HPC-AI sent in it: the real API sends nulls, empty strings and
 * numbers as strings where the spec promises otherwise, and one odd field must not cost the user a
 * whole instance. Plain functions: the fast path and the error reader use them without zod, and
 * the lenient schema (lenient.ts) is built from them.
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export const readText = (value: unknown): string =>
  typeof value === 'string'
    ? value
    : typeof value === 'number' && Number.isFinite(value)
      ? String(value)
      : ''

export const readNumber = (value: unknown): number | null => {
  const parsed = typeof value === 'string' && value.trim() !== '' ? Number(value) : value
  return typeof parsed === 'number' && Number.isFinite(parsed) ? parsed : null
}

export const readBool = (value: unknown): boolean | null => {
  if (typeof value === 'boolean') return value
  if (value === 'true') return true
  if (value === 'false') return false
  return null
}
