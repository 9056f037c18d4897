import { TONE_SURFACE, type Tone } from './tone'

const BADGE =
  'inline-flex items-center rounded-full border px-2 py-0.5 text-xs font-medium whitespace-nowrap'

/** A badge's look in a tone: for a badge drawn as one element where a component would cost more. */
export const badgeClass = (tone: Tone) => `${BADGE} ${TONE_SURFACE[tone]}`
