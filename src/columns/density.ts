import { ROW_HEIGHTS } from '../../tailwind.config'
import { devicePreference } from '../lib/device-preference'

export const DENSITIES = ['comfortable', 'compact'] as const
export type Density = (typeof DENSITIES)[number]

/**
 * Row heights in px, as Tailwind draws them (h-row-comfortable, h-row-compact): compact rows are
 * one line, so that a 1440x900 screen shows at least a third more of them.
 */
export const ROW_HEIGHT: Readonly<Record<Density, number>> = ROW_HEIGHTS

/** Remembered on this device. */
export const densityPreference = devicePreference<Density>('hpcai.density', (stored) =>
  stored === 'compact' ? 'compact' : 'comfortable',
)
