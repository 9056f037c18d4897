import { useEffect } from 'react'
import { isNotable, notificationText } from './change-text'
import type { Change } from './changes'

/** At most this many desktop notifications for one load; the panel lists the rest. */
const MAX_NOTIFICATIONS = 5

/**
 * Mounted only while the user has notifications on: each load's changes to Running or a failure
 * become desktop notifications carrying the instance name and status, nothing more.
 */
export function Notifier({ batch }: { batch: readonly Change[] }) {
  useEffect(() => {
    if (batch.length === 0 || typeof Notification === 'undefined') return
    if (Notification.permission !== 'granted') return
    for (const change of batch.filter(isNotable).slice(0, MAX_NOTIFICATIONS)) {
      new Notification(notificationText(change), { tag: change.id })
    }
  }, [batch])
  return null
}
