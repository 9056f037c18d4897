import { Button } from '../../components/button'
import { activeFilters, withoutFilter } from '../../model/active-filters'
import type { UpdateView } from '../../model/use-view-state'
import { EMPTY_FILTERS, type Filters } from '../../model/view-state'

const CONSOLE_URL = 'https://hpc-ai.com'

export function NoInstances() {
  return (
    <div className="flex flex-1 flex-col items-center justify-center gap-2 p-10 text-center">
      <p className="text-lg font-medium text-fg">No instances</p>
      <p className="max-w-md text-sm text-fg-muted">
        This account has no instances yet. Create one in the{' '}
        <a
          href={CONSOLE_URL}
          target="_blank"
          rel="noopener noreferrer"
          className="text-link underline"
        >
          HPC-AI console
        </a>
        ; it shows up here on the next refresh.
      </p>
    </div>
  )
}

/** Under the column headers when the filters leave nothing: which filters, each removable. */
export function NoMatches({ filters, update }: { filters: Filters; update: UpdateView }) {
  const active = activeFilters(filters)
  return (
    <div className="flex flex-col items-center gap-3 p-10 text-center">
      <p className="text-lg font-medium text-fg">No instances match</p>
      <p className="text-sm text-fg-muted">
        {active.length === 1 ? 'This filter leaves' : 'These filters leave'} nothing to show:
      </p>
      <ul aria-label="Active filters" className="flex max-w-2xl flex-wrap justify-center gap-2">
        {active.map((filter) => (
          <li key={`${filter.key}:${filter.value}`}>
            <Button
              onClick={() => update(withoutFilter(filters, filter))}
              aria-label={`Remove filter ${filter.label}`}
              className="max-w-xs"
            >
              <span className="truncate">{filter.label}</span>
              <span aria-hidden="true">✕</span>
            </Button>
          </li>
        ))}
      </ul>
      <Button variant="primary" onClick={() => update(EMPTY_FILTERS)}>
        Clear filters
      </Button>
    </div>
  )
}
