import { activeFilters } from '../model/active-filters'
import { columnLabel } from '../columns/instance-columns'
import { DEFAULT_SORT, parseViewState } from '../model/view-state'

/** A saved view in words: `Status: Running · GPU type: H100 · Price, descending · Columns: Name, Price`. */
export function describeView(search: string): string {
  const view = parseViewState(search)
  const parts = activeFilters(view).map((filter) => filter.label)
  if (view.sort.id !== DEFAULT_SORT.id || view.sort.desc !== DEFAULT_SORT.desc) {
    parts.push(`${columnLabel(view.sort.id)}, ${view.sort.desc ? 'descending' : 'ascending'}`)
  }
  if (view.layout.shown) parts.push(`Columns: ${view.layout.shown.map(columnLabel).join(', ')}`)
  return parts.length ? parts.join(' · ') : 'All instances'
}
