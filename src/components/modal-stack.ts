import type { RefObject } from 'react'

// Open modals, innermost last: only the innermost one answers Escape and keeps Tab. Apart from
// use-modal-keys.ts, so that the first paint can ask "is a modal open?" without the key handling.
export const openModals: RefObject<HTMLElement | null>[] = []

/** True while no other modal is open above `ref`, so that its own keys (j / k) may act. */
export function isInnermostModal(ref: RefObject<HTMLElement | null>): boolean {
  return openModals.at(-1) === ref
}

/** True while any modal is open: page-level shortcuts stay out of the way then. */
export function isModalOpen(): boolean {
  return openModals.length > 0
}
