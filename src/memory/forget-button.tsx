import { useId, useState } from 'react'
import { Button } from '../components/button'
import { forgetDeviceData } from './forget'

export const FORGET = 'Forget this device’s data'

/**
 * Deletes everything the dashboard keeps in this browser (every account's memory, the saved token,
 * the theme) and then calls `onDone` (which signs out). What it removes is said beside it.
 */
export function ForgetButton({
  onDone,
  describedBy,
}: {
  onDone: (complete: boolean) => void
  describedBy?: string
}) {
  const [busy, setBusy] = useState(false)
  const statusId = useId()
  return (
    <>
      <Button
        variant="danger"
        disabled={busy}
        aria-describedby={describedBy}
        onClick={() => {
          setBusy(true)
          void forgetDeviceData().then(onDone, () => onDone(false))
        }}
      >
        {FORGET}
      </Button>
      <span id={statusId} role="status" className="sr-only">
        {busy ? 'Forgetting…' : ''}
      </span>
    </>
  )
}
