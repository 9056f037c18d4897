import type { Change } from './changes'

/** The status a change leaves the instance in (or had, for one no longer listed). */
export function statusAfter(change: Change): string {
  return change.kind === 'status' ? change.to : change.status
}

/** Changes worth a desktop notification: into a failed status or into Running. */
export function isNotable(change: Change): boolean {
  if (change.kind === 'gone') return false
  const status = statusAfter(change)
  return status === 'Running' || status.endsWith('Failed')
}

/** A notification's whole text: the instance's name and its status, nothing more. */
export function notificationText(change: Change): string {
  return `${change.name}: ${statusAfter(change) || 'Unknown'}`
}

/** How a change reads in the Changes panel. */
export function describeChange(change: Change): string {
  switch (change.kind) {
    case 'status':
      return `${change.from || 'Unknown'} → ${change.to || 'Unknown'}${change.after === undefined ? '' : ', while the dashboard was closed'}`
    case 'new':
      return `New, ${change.status || 'Unknown'}`
    case 'gone':
      return `No longer listed (was ${change.status || 'Unknown'})`
  }
}
