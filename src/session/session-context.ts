import { createContext, useContext } from 'react'
import type { TokenClaims } from './token'

export interface Session {
  token: string
  claims: TokenClaims
  remembered: boolean
}

export interface SessionApi {
  session: Session | null
  /** Why the user is on the token screen (expired, refused by HPC-AI), shown there. */
  notice: string | null
  signIn: (token: string, claims: TokenClaims, remember: boolean) => void
  /** Back to the token screen with a message; the URL (the view) is kept. */
  endSession: (notice: string) => void
  signOut: () => void
}

export const SessionContext = createContext<SessionApi | null>(null)

export function useSession(): SessionApi {
  const api = useContext(SessionContext)
  if (!api) throw new Error('useSession must be used inside <SessionProvider>')
  return api
}
