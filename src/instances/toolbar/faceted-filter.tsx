import { lazy } from 'react'
import { Badge } from '../../components/badge'
import { LazyPart } from '../../components/lazy-part'
import { Popover } from '../../components/popover'
import { FACET_TITLES } from '../../model/facet-labels'
import type { FacetOptionsProps } from './facet-options'

const FacetOptions = lazy(() =>
  import('./facet-options').then((module) => ({ default: module.FacetOptions })),
)

/** A facet as a button opening its values with counts (their list loads on first use). */
export function FacetedFilter(props: FacetOptionsProps) {
  const { facet, filters } = props
  const selected = filters[facet]
  const title = FACET_TITLES[facet]
  return (
    <Popover
      label={title}
      active={selected.length > 0}
      description={selected.length ? `${selected.length} selected` : undefined}
      trigger={
        <>
          {title}
          {selected.length > 0 && <Badge tone="info">{selected.length}</Badge>}
        </>
      }
    >
      <LazyPart fallback={<p className="p-2 text-sm text-fg-muted">Loading…</p>}>
        <FacetOptions {...props} />
      </LazyPart>
    </Popover>
  )
}
