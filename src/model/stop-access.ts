import { createContext } from 'react'

/**
 * What a feature outside the stop controls may know and ask of them: whether an instance's stop
 * is in progress, and to open the stop confirmation (the drawer's attention notice uses both).
 * The app provides it; without a provider nothing is pending and nothing can be asked.
 */
export interface StopAccess {
  isPending: (id: string) => boolean
  /** Why no stop may be asked for now (another batch is being sent), or null. */
  busy: string | null
  request: (id: string) => void
}

export const NO_STOP_ACCESS: StopAccess = {
  isPending: () => false,
  busy: 'Not available here',
  request: () => undefined,
}

export const StopAccessContext = createContext<StopAccess>(NO_STOP_ACCESS)
