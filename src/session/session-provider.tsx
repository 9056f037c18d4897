import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react'
import { isAuthError } from '../api/errors'
import { instancesQuery } from '../api/instances-query'
import { formatDateTime } from '../lib/format'
import { SessionContext, type Session, type SessionApi } from './session-context'
import { checkToken, type TokenClaims } from './token'
import { clearToken, loadToken, storeToken } from './token-storage'

/** The session saved by an earlier visit, or why there is none any more. */
function restore(): { session: Session | null; notice: string | null } {
  const stored = loadToken()
  if (!stored) return { session: null, notice: null }
  const check = checkToken(stored.token)
  if (check.ok && check.claims.expiresAt > Date.now()) {
    return {
      session: { token: check.token, claims: check.claims, remembered: stored.remembered },
      notice: null,
    }
  }
  clearToken()
  const notice = check.ok
    ? `Your saved access token expired at ${formatDateTime(check.claims.expiresAt)}. Paste a new one to continue.`
    : null
  return { session: null, notice }
}

// setTimeout fires at once for delays past 2^31-1 ms.
const MAX_TIMER_MS = 2_147_483_647

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient()
  const [restored] = useState(restore)
  const [session, setSession] = useState<Session | null>(restored.session)
  const [notice, setNotice] = useState<string | null>(restored.notice)

  const endSession = useCallback(
    (message: string) => {
      clearToken()
      void queryClient.cancelQueries()
      setSession(null)
      setNotice(message)
    },
    [queryClient],
  )

  const signOut = useCallback(() => {
    clearToken()
    queryClient.clear()
    setSession(null)
    setNotice(null)
  }, [queryClient])

  const signIn = useCallback(
    (token: string, claims: TokenClaims, remember: boolean) => {
      // Another account's instances must never show under this token.
      const previous = queryClient.getQueryCache().find({ queryKey: ['instances'] })?.queryKey[1]
      if (previous !== undefined && previous !== claims.subject) queryClient.clear()
      storeToken(token, remember)
      // Start loading now rather than after the dashboard's first render.
      queryClient.query(instancesQuery(token, claims.subject)).catch(() => undefined)
      setSession({ token, claims, remembered: remember })
      setNotice(null)
    },
    [queryClient],
  )

  // HPC-AI refused the token (code -1, 401, 403): back to the token screen with its own words.
  useEffect(
    () =>
      queryClient.getQueryCache().subscribe((event) => {
        if (event.type !== 'updated' || event.action.type !== 'error') return
        const error: unknown = event.action.error
        if (isAuthError(error)) endSession(error.message)
      }),
    [queryClient, endSession],
  )

  useEffect(() => {
    if (!session) return
    const left = session.claims.expiresAt - Date.now()
    const timer = setTimeout(
      () =>
        endSession(
          `Your access token expired at ${formatDateTime(session.claims.expiresAt)}. Paste a new one to continue.`,
        ),
      Math.min(Math.max(0, left), MAX_TIMER_MS),
    )
    return () => clearTimeout(timer)
  }, [session, endSession])

  const api = useMemo<SessionApi>(
    () => ({ session, notice, signIn, endSession, signOut }),
    [session, notice, signIn, endSession, signOut],
  )
  return <SessionContext value={api}>{children}</SessionContext>
}
