import { BILLING_KINDS } from '../lib/pricing'
import { isColumnId } from './column-ids'
import {
  DEFAULT_DENSITY,
  isDensity,
  NO_LAYOUT,
  parseLayout,
  writeLayout,
  type ColumnLayoutParts,
  type Density,
} from './column-layout'
import type { Sort } from './sort'

export const HEALTH_VALUES = ['healthy', 'unhealthy', 'none'] as const
export const BILLING_VALUES = BILLING_KINDS
export const ATTENTION_VALUES = ['yes', 'no'] as const
/** The GPU facet's value for machines without a GPU. */
export const CPU_ONLY = 'cpu'

export interface Filters {
  q: string
  status: string[]
  region: string[]
  gpu: string[]
  health: (typeof HEALTH_VALUES)[number][]
  billing: (typeof BILLING_VALUES)[number][]
  attention: (typeof ATTENTION_VALUES)[number][]
  /** The user's labels (on this device); any of them matches. */
  label: string[]
}

export interface ViewState extends Filters {
  sort: Sort
  /** Columns shown, their order, widths and pinning, where the view states them. */
  layout: ColumnLayoutParts
  /** Row density where the view states it (else the device's, else comfortable). */
  density: Density | null
  instance: string | null
}

export type FacetKey = 'status' | 'region' | 'gpu' | 'health' | 'billing' | 'attention' | 'label'
export const FACET_KEYS: FacetKey[] = [
  'status',
  'region',
  'gpu',
  'health',
  'billing',
  'attention',
  'label',
]

export const DEFAULT_SORT: Sort = { id: 'status', desc: false }
export const EMPTY_FILTERS: Filters = {
  q: '',
  status: [],
  region: [],
  gpu: [],
  health: [],
  billing: [],
  attention: [],
  label: [],
}
export const DEFAULT_VIEW: ViewState = {
  ...EMPTY_FILTERS,
  sort: DEFAULT_SORT,
  layout: NO_LAYOUT,
  density: null,
  instance: null,
}

const MAX_TEXT = 200
const MAX_VALUES = 50

function values(params: URLSearchParams, key: string): string[] {
  const seen = new Set<string>()
  for (const value of params.getAll(key)) {
    const trimmed = value.trim()
    if (trimmed && trimmed.length <= MAX_TEXT && seen.size < MAX_VALUES) seen.add(trimmed)
  }
  return [...seen]
}

function oneOf<T extends string>(allowed: readonly T[], list: string[]): T[] {
  return list.filter((value): value is T => (allowed as readonly string[]).includes(value))
}

const densityOf = (value: string | null): Density | null => (isDensity(value) ? value : null)

function parseSort(raw: string | null): Sort {
  if (!raw) return DEFAULT_SORT
  const desc = raw.startsWith('-')
  const id = desc ? raw.slice(1) : raw
  return isColumnId(id) ? { id, desc } : DEFAULT_SORT
}

/** Reads a view from a query string; anything unknown or malformed falls back to its default. */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search)
  const instance = params.get('instance')?.trim() ?? ''
  return {
    q: (params.get('q') ?? '').slice(0, MAX_TEXT),
    status: values(params, 'status'),
    region: values(params, 'region'),
    gpu: values(params, 'gpu'),
    health: oneOf(HEALTH_VALUES, values(params, 'health')),
    billing: oneOf(BILLING_VALUES, values(params, 'billing')),
    attention: oneOf(ATTENTION_VALUES, values(params, 'attention')),
    label: values(params, 'label'),
    sort: parseSort(params.get('sort')),
    layout: parseLayout(params),
    density: densityOf(params.get('density')),
    instance: instance && instance.length <= MAX_TEXT ? instance : null,
  }
}

/** Writes a view as a query string with readable keys, leaving every default out. */
export function serializeViewState(view: ViewState): string {
  const params = new URLSearchParams()
  if (view.q.trim()) params.set('q', view.q)
  for (const key of FACET_KEYS) for (const value of view[key]) params.append(key, value)
  if (view.sort.id !== DEFAULT_SORT.id || view.sort.desc !== DEFAULT_SORT.desc) {
    params.set('sort', `${view.sort.desc ? '-' : ''}${view.sort.id}`)
  }
  writeLayout(params, view.layout)
  if (view.density && view.density !== DEFAULT_DENSITY) params.set('density', view.density)
  if (view.instance) params.set('instance', view.instance)
  const text = params.toString()
  return text ? `?${text}` : ''
}

/** The filtering part of a view as a query string: a cheap, stable key for memoising the filter. */
export function filterKeyOf(view: ViewState): string {
  const { q, status, region, gpu, health, billing, attention, label } = view
  return serializeViewState({
    ...DEFAULT_VIEW,
    q,
    status,
    region,
    gpu,
    health,
    billing,
    attention,
    label,
  })
}

export function hasFilters(filters: Filters): boolean {
  return filters.q.trim() !== '' || FACET_KEYS.some((key) => filters[key].length > 0)
}
