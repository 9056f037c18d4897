import type { Instance } from './instance'
import { Interner } from './interner'
import { hasDocumentedShape } from './item-shape'
import { isRecord } from './leaves'
import { lenientNow, loadLenient } from './lenient-loader'
import type { LenientReader } from './lenient-reader'
import { pagerOf, type Pager, type RawPage } from './raw-page'
import { toInstance } from './to-instance'

export type { Pager, RawPage }

/** An item that could not be read, with why, for the "k instances could not be read" details. */
export interface DroppedItem {
  id: string | null
  reason: string
}

export interface InstancePage {
  instances: Instance[]
  dropped: DroppedItem[]
  pager: Pager
}

type Items = Omit<InstancePage, 'pager'>

/** A pager value as documented (a number, or nothing), as the lenient schema reads it; else undefined. */
const pagerValue = (value: unknown): number | null | undefined =>
  value === undefined || value === null
    ? null
    : typeof value === 'number' && Number.isFinite(value)
      ? value
      : undefined

/**
 * The list envelope as documented (`instances` an array or null; `pager` absent, null, or numbers
 * where it has them), read directly as the lenient schema would read it; null for anything else.
 */
export function documentedEnvelope(
  json: unknown,
  requested: { page: number; pageSize: number },
): RawPage | null {
  if (!isRecord(json)) return null
  const { instances, pager } = json
  if (instances !== null && !Array.isArray(instances)) return null
  const items = (instances ?? []) as unknown[]
  if (pager === undefined || pager === null) return pagerOf(items, null, requested)
  if (!isRecord(pager)) return null
  const currentPage = pagerValue(pager.currentPage)
  const pageSize = pagerValue(pager.pageSize)
  const totalEntries = pagerValue(pager.totalEntries)
  if (currentPage === undefined || pageSize === undefined || totalEntries === undefined) return null
  return pagerOf(items, { currentPage, pageSize, totalEntries }, requested)
}

/**
 * Checks the list envelope and reads the pager, without touching the items: the loader needs
 * the pager to start the next pages, and parses the items while those are in flight. Any other
 * body goes to the lenient schema (loaded then): read if it can be, else a typed error.
 */
export async function readEnvelope(
  json: unknown,
  requested: { page: number; pageSize: number },
): Promise<RawPage> {
  return documentedEnvelope(json, requested) ?? (await loadLenient()).readEnvelope(json, requested)
}

function idOf(item: unknown): string | null {
  const id = (item as { instanceMetadata?: { instanceId?: unknown } } | null)?.instanceMetadata
    ?.instanceId
  return typeof id === 'string' && id ? id : null
}

/** parseItems, or null at the first item that needs the lenient reader when there is none. */
function read(items: unknown[], interner: Interner, lenient: LenientReader | null): Items | null {
  const instances: Instance[] = []
  const dropped: DroppedItem[] = []
  for (const item of items) {
    if (hasDocumentedShape(item)) {
      instances.push(toInstance(item, undefined, interner))
      continue
    }
    if (!lenient) return null
    const parsed = lenient.readItem(item)
    if ('fields' in parsed) instances.push(toInstance(parsed.fields, item, interner))
    else dropped.push({ id: idOf(item), reason: parsed.reason })
  }
  return { instances, dropped }
}

/**
 * Turns items into view-model instances, keeping every item that has an id; the rest say why. An
 * item of the documented shape reads the same through the lenient schema as it is, so it is read
 * as it is, and not kept (rawOf gives it back); any other item is parsed by `lenient` and kept.
 */
export function parseItems(items: unknown[], interner: Interner, lenient: LenientReader): Items {
  // Never null: with a lenient reader every item is read.
  return read(items, interner, lenient) as Items
}

/**
 * parseItems at once, or (when an item needs the lenient reader and it has not loaded yet) once it
 * has loaded: a page of documented items costs no wait, not even a microtask.
 */
export function readItems(items: unknown[], interner = new Interner()): Items | Promise<Items> {
  return (
    read(items, interner, lenientNow()) ??
    loadLenient().then((lenient) => parseItems(items, interner, lenient))
  )
}
