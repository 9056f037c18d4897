import { lazy, useEffect, useState } from 'react'
import { Dashboard } from './dashboard'
import { useSession } from '../session/session-context'
import { LazyPart } from '../components/lazy-part'
import { warmDashboardParts } from './warm-dashboard-parts'

// A returning user (token in this tab's session) never needs the token screen's code.
const TokenScreen = lazy(() =>
  import('../session/token-screen').then((module) => ({ default: module.TokenScreen })),
)

const ForgetOffer = lazy(() =>
  import('../memory/forget-offer').then((module) => ({ default: module.ForgetOffer })),
)

/** What the token screen says of this device's data after a sign-out. */
type AfterSignOut = 'offer-forget' | 'forgotten' | null

/** The session gate: the token screen until signed in; the URL (the view) is untouched either way. */
export function App() {
  const { session, signOut } = useSession()
  const [after, setAfter] = useState<AfterSignOut>(null)
  useEffect(() => (session ? undefined : warmDashboardParts()), [session])
  // A new session: what was said after the last one no longer applies.
  if (session && after) setAfter(null)
  if (session) {
    return (
      <Dashboard
        session={session}
        onSignOut={() => {
          // Not remembered on this device: offer to forget what the dashboard keeps here too.
          setAfter(session.remembered ? null : 'offer-forget')
          signOut()
        }}
        onForgotten={() => {
          setAfter('forgotten')
          signOut()
        }}
      />
    )
  }
  return (
    <>
      <LazyPart>
        <TokenScreen />
      </LazyPart>
      {after && (
        <LazyPart>
          <ForgetOffer key={after} forgotten={after === 'forgotten'} />
        </LazyPart>
      )}
    </>
  )
}
