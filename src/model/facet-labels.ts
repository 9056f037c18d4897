import { BILLING_KIND_LABEL } from '../lib/pricing'
import { CPU_ONLY, type FacetKey } from './view-state'
import { ownValue } from '../lib/own-value'

export const FACET_TITLES: Record<FacetKey, string> = {
  status: 'Status',
  region: 'Region',
  gpu: 'GPU type',
  health: 'Health',
  billing: 'Billing',
  attention: 'Attention',
  label: 'Label',
}

const VALUE_LABELS: Partial<Record<string, string>> = {
  [CPU_ONLY]: 'CPU only',
  healthy: 'Healthy',
  unhealthy: 'Unhealthy',
  none: 'No live health',
  ...BILLING_KIND_LABEL,
  yes: 'Needs attention',
  no: 'Nothing to do',
}

/** How a facet value (as written in the URL) reads in the UI. */
export function facetValueLabel(key: FacetKey, value: string): string {
  return key === 'status' || key === 'region' || key === 'label'
    ? value
    : (ownValue(VALUE_LABELS, value) ?? value)
}
