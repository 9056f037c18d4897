import { Dashboard } from './dashboard'
import { useSession } from '../session/session-context'
import { TokenScreen } from '../session/token-screen'

/** The session gate: the token screen until signed in; the URL (the view) is untouched either way. */
export function App() {
  const { session } = useSession()
  return session ? <Dashboard session={session} /> : <TokenScreen />
}
