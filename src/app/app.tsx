import { lazy, useEffect } from 'react'
import { Dashboard } from './dashboard'
import { useSession } from '../session/session-context'
import { LazyPart } from '../components/lazy-part'
import { warmDashboardParts } from './warm-dashboard-parts'

// A returning user (token in this tab's session) never needs the token screen's code.
const TokenScreen = lazy(() =>
  import('../session/token-screen').then((module) => ({ default: module.TokenScreen })),
)

/** The session gate: the token screen until signed in; the URL (the view) is untouched either way. */
export function App() {
  const { session } = useSession()
  useEffect(() => (session ? undefined : warmDashboardParts()), [session])
  return session ? (
    <Dashboard session={session} />
  ) : (
    <LazyPart>
      <TokenScreen />
    </LazyPart>
  )
}
