import { ROW_HEIGHTS } from '../../tailwind.config'
import { devicePreference } from '../lib/device-preference'
import { isDensity, type Density } from '../model/column-layout'

export { DENSITIES, type Density } from '../model/column-layout'

/**
 * Row heights in px, as Tailwind draws them (h-row-comfortable, h-row-compact): compact rows are
 * one line, so that a 1440x900 screen shows at least a third more of them.
 */
export const ROW_HEIGHT: Readonly<Record<Density, number>> = ROW_HEIGHTS

/** The last density chosen on this device: what a view that states none opens with. */
export const densityPreference = devicePreference<Density | null>('hpcai.density', (stored) =>
  isDensity(stored) ? stored : null,
)
