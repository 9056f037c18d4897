import { useEffect } from 'react'
import { Button } from '../components/button'
import { Notice } from '../components/notice'
import type { Message } from './saved-views'

const SHOWN_MS = 6_000

/**
 * What the last saved-views action did, in the corner: a success fades after a few seconds, a
 * refusal stays until dismissed. The live region is always there, so that both are announced.
 */
export function ViewsMessage({
  message,
  onDismiss,
}: {
  message: Message | null
  onDismiss: () => void
}) {
  useEffect(() => {
    if (message?.tone !== 'success') return
    const timer = setTimeout(onDismiss, SHOWN_MS)
    return () => clearTimeout(timer)
  }, [message, onDismiss])
  return (
    <div
      aria-live="polite"
      className="fixed right-4 bottom-4 left-4 z-40 flex justify-end sm:left-auto sm:max-w-md"
    >
      {message && (
        <Notice
          tone={message.tone}
          role={message.tone === 'danger' ? 'alert' : 'status'}
          className="shadow-lg"
          action={
            <Button variant="ghost" onClick={onDismiss}>
              Dismiss
            </Button>
          }
        >
          {message.text}
        </Notice>
      )}
    </div>
  )
}
