import { useEffect } from 'react'
import { clearActivity } from './activity-log'
import { clearSelection } from './selection-store'
import { closeConfirm, resetStops } from './stops-store'

let owner: string | null = null

/** Sign out: the selection, the stops in progress and the Activity log are forgotten. */
export function resetActions(): void {
  clearSelection()
  resetStops()
  clearActivity()
  owner = null
}

/**
 * Keeps the actions state with the account it belongs to: a sign-in as another account starts
 * afresh; the same account (a new token after an expiry) finds its selection and log again, but
 * never a confirmation left open when the session ended.
 */
export function useActionsOwner(subject: string): void {
  useEffect(() => {
    if (owner !== null && owner !== subject) resetActions()
    owner = subject
    return closeConfirm
  }, [subject])
}
