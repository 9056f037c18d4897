import { CPU_ONLY, type FacetKey } from './view-state'
import { ownValue } from '../lib/own-value'

export const FACET_TITLES: Record<FacetKey, string> = {
  status: 'Status',
  region: 'Region',
  gpu: 'GPU type',
  health: 'Health',
  billing: 'Billing',
}

const VALUE_LABELS: Partial<Record<string, string>> = {
  [CPU_ONLY]: 'CPU only',
  healthy: 'Healthy',
  unhealthy: 'Unhealthy',
  spot: 'Spot',
  'on-demand': 'On-demand',
}

/** How a facet value (as written in the URL) reads in the UI. */
export function facetValueLabel(key: FacetKey, value: string): string {
  return key === 'status' || key === 'region' ? value : (ownValue(VALUE_LABELS, value) ?? value)
}
