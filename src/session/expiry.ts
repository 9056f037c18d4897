export const EXPIRY_WARNING_MS = 60 * 60_000

export type ExpiryState =
  { level: 'ok' | 'warning'; leftMs: number } | { level: 'expired'; leftMs: 0 }

/** How much life a token has left, and whether to warn (from one hour before expiry). */
export function expiryState(expiresAt: number, now: number): ExpiryState {
  const leftMs = expiresAt - now
  if (leftMs <= 0) return { level: 'expired', leftMs: 0 }
  return { level: leftMs <= EXPIRY_WARNING_MS ? 'warning' : 'ok', leftMs }
}
