/**
 * One change between two loads, as the Changes panel lists it and the device keeps it. Only the
 * id, the name and statuses: never the token, never the raw API data.
 */
export type Change =
  | {
      kind: 'status'
      id: string
      name: string
      from: string
      to: string
      at: number
      /** Found on the first load after the dashboard was closed: it happened between this and `at`. */
      after?: number | null
    }
  | { kind: 'new'; id: string; name: string; status: string; at: number }
  | { kind: 'gone'; id: string; name: string; status: string; at: number }

/** The log keeps at most this many entries, and none older than KEEP_MS (status-history.ts). */
export const MAX_CHANGES = 500

const SAME_WITHIN_MS = 10 * 60_000

const sameChange = (a: Change, b: Change) =>
  a.kind === b.kind &&
  a.id === b.id &&
  Math.abs(a.at - b.at) < SAME_WITHIN_MS &&
  (a.kind === 'status' && b.kind === 'status' ? a.from === b.from && a.to === b.to : true)

/**
 * The log (newest first) with a batch added in front, capped, dropping entries older than
 * `keepMs` and any change another tab of the account already logged (the same change within
 * minutes). Returns the same log when the batch adds nothing.
 */
export function appendChanges(
  log: readonly Change[],
  batch: readonly Change[],
  now: number,
  keepMs: number,
): readonly Change[] {
  const fresh = batch.filter((change) => !log.some((old) => sameChange(old, change)))
  const kept = log.filter((change) => now - change.at <= keepMs)
  if (fresh.length === 0 && kept.length === log.length) return log
  return [...fresh, ...kept].sort((a, b) => b.at - a.at).slice(0, MAX_CHANGES)
}
