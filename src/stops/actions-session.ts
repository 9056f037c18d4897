import { useEffect } from 'react'
import { claimAccountStores } from '../lib/store'
import { closeConfirm } from './stops-store'

/**
 * Keeps the account stores (selection, stops, Activity, …) with the account they belong to: a
 * sign-in as another account starts afresh; the same account (a new token after an expiry) finds
 * its selection and log again, but never a confirmation left open when the session ended.
 */
export function useActionsOwner(subject: string): void {
  useEffect(() => {
    claimAccountStores(subject)
    return closeConfirm
  }, [subject])
}
