import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react'
import { isAuthError } from '../api/errors'
import { instancesQuery } from '../api/instances-query'
import { formatDateTime } from '../lib/format'
import { resetAccountStores } from '../lib/store'
import { SessionContext, type Session, type SessionApi } from './session-context'
import { checkToken, type TokenClaims } from './token'
import { clearToken, loadToken, storeToken } from './token-storage'

interface SessionState {
  session: Session | null
  /** Why the user is on the token screen, shown there. */
  notice: string | null
}

const expiredNotice = (expiresAt: number, which: string) =>
  `Your ${which} expired at ${formatDateTime(expiresAt)}. Paste a new one to continue.`

/** The session saved by an earlier visit, or why there is none any more. */
function restore(): SessionState {
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
  return {
    session: null,
    notice: check.ok ? expiredNotice(check.claims.expiresAt, 'saved access token') : null,
  }
}

const INSTANCES_KEY = ['instances']

// setTimeout fires at once for delays past 2^31-1 ms.
const MAX_TIMER_MS = 2_147_483_647

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient()
  const [{ session, notice }, setState] = useState<SessionState>(restore)

  const endSession = useCallback(
    (message: string) => {
      clearToken()
      void queryClient.cancelQueries()
      // The ended session's instances go with it: a new token sees them only once HPC-AI accepts it.
      queryClient.removeQueries({ queryKey: INSTANCES_KEY })
      setState({ session: null, notice: message })
    },
    [queryClient],
  )

  const signOut = useCallback(() => {
    clearToken()
    queryClient.clear()
    resetAccountStores()
    setState({ session: null, notice: null })
  }, [queryClient])

  const signIn = useCallback(
    (token: string, claims: TokenClaims, remember: boolean) => {
      // No instances but those HPC-AI sends for this token, whatever its subject claims.
      queryClient.removeQueries({ queryKey: INSTANCES_KEY })
      storeToken(token, remember)
      // Start loading now rather than after the dashboard's first render.
      queryClient.query(instancesQuery(token, claims.subject)).catch(() => undefined)
      setState({ session: { token, claims, remembered: remember }, notice: null })
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
      () => endSession(expiredNotice(session.claims.expiresAt, 'access token')),
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
