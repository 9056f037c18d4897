import { useId, useState } from 'react'
import { Notice } from '../components/notice'
import { ForgetButton } from './forget-button'

/**
 * After a sign-out on a device the user did not ask to remember them on (or after Forget): the
 * memory stays for next time unless they remove it here.
 */
export function ForgetOffer({ forgotten: already }: { forgotten: boolean }) {
  const [forgotten, setForgotten] = useState(already)
  const detailId = useId()
  return (
    <section
      aria-label="This device’s data"
      className="fixed right-4 bottom-4 left-4 z-40 sm:left-auto sm:max-w-md"
    >
      {forgotten ? (
        <Notice tone="success" role="status">
          This browser now keeps nothing of the dashboard: no labels, notes, history, budget or
          saved views, for any account.
        </Notice>
      ) : (
        <Notice tone="info" role="note">
          <p id={detailId}>
            Signed out. This browser still keeps your labels, notes, pins, status history, budget
            and saved views for next time (never your token).
          </p>
          <div className="mt-2">
            <ForgetButton describedBy={detailId} onDone={() => setForgotten(true)} />
          </div>
        </Notice>
      )}
    </section>
  )
}
