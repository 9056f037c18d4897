import { PHONE_QUERY, watchMediaQuery } from '../../lib/media-query'
import { createInstanceCard } from './instance-card'
import { MoreColumnsCue } from './more-columns-cue'
import { createPhoneHeader } from './phone-header'
import { watchScrollEdges } from './scroll-edges'
import { stickyColumns } from './sticky-columns'
import type { LayoutDeps } from './use-layout-kit'

/**
 * What the narrow layouts need beyond the first paint, as one chunk loaded right after it (see
 * useLayoutKit): the phone's cards and sort header, whether the screen is a phone's, and, for a
 * table wider than the screen, its sticky first columns and the "more columns" cue.
 */
export function createLayoutKit(deps: LayoutDeps) {
  return {
    InstanceCard: createInstanceCard(deps),
    PhoneHeader: createPhoneHeader(deps),
    watchPhone: (onChange: (phone: boolean) => void) => watchMediaQuery(PHONE_QUERY, onChange),
    watchScrollEdges,
    stickyColumns,
    MoreColumnsCue,
  }
}

export type LayoutKit = ReturnType<typeof createLayoutKit>
