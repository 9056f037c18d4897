import { activeFilters } from '../model/active-filters'
import { COLUMN_LABELS } from '../model/column-ids'
import { DEFAULT_SORT, parseViewState } from '../model/view-state'

/** A saved view in words: `Status: Running · GPU type: H100 · Price, highest first · Disk hidden`. */
export function describeView(search: string): string {
  const view = parseViewState(search)
  const parts = activeFilters(view).map((filter) => filter.label)
  if (view.sort.id !== DEFAULT_SORT.id || view.sort.desc !== DEFAULT_SORT.desc) {
    parts.push(`${COLUMN_LABELS[view.sort.id]}, ${view.sort.desc ? 'descending' : 'ascending'}`)
  }
  if (view.hide.length) {
    parts.push(`${view.hide.map((id) => COLUMN_LABELS[id]).join(', ')} hidden`)
  }
  return parts.length ? parts.join(' · ') : 'All instances'
}
