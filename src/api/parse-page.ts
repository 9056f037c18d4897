import * as z from 'zod/mini'
import { jupyterTemplate } from '../lib/config'
import { ApiError } from './errors'
import type { Instance } from './instance'
import { listEnvelopeSchema, rawInstanceSchema } from './schema'
import { Interner } from './interner'
import { hasDocumentedShape } from './item-shape'
import { toInstance } from './to-instance'

export interface Pager {
  currentPage: number
  pageSize: number
  totalEntries: number
}

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

function firstIssue(error: z.core.$ZodError): string {
  const issue = error.issues[0]
  if (!issue) return 'unexpected shape'
  const path = issue.path.length ? issue.path.join('.') : 'body'
  return `${path}: ${issue.message}`
}

function idOf(item: unknown): string | null {
  const id = (item as { instanceMetadata?: { instanceId?: unknown } } | null)?.instanceMetadata
    ?.instanceId
  return typeof id === 'string' && id ? id : null
}

/** A list answer whose envelope has been checked; its items are parsed separately. */
export interface RawPage {
  pager: Pager
  items: unknown[]
}

/**
 * Checks the list envelope and reads the pager, without touching the items: the loader needs
 * the pager to start the next pages, and parses the items while those are in flight.
 */
export function readEnvelope(
  json: unknown,
  requested: { page: number; pageSize: number },
): RawPage {
  const envelope = z.safeParse(listEnvelopeSchema, json)
  if (!envelope.success) {
    throw new ApiError(
      'bad-shape',
      `HPC-AI sent an unexpected answer (${firstIssue(envelope.error)}).`,
    )
  }
  const items = envelope.data.instances ?? []
  const pager = envelope.data.pager
  return {
    items,
    pager: {
      currentPage: pager?.currentPage ?? requested.page,
      pageSize: pager?.pageSize && pager.pageSize > 0 ? pager.pageSize : requested.pageSize,
      totalEntries: Math.max(0, pager?.totalEntries ?? items.length),
    },
  }
}

/**
 * Turns items into view-model instances, keeping every item that has an id; the rest say why. An
 * item of the documented shape reads the same through the lenient schema as it is, so it is read
 * as it is, and not kept (rawOf gives it back); any other item is parsed leniently and kept.
 */
export function parseItems(
  items: unknown[],
  template = jupyterTemplate,
  interner = new Interner(),
): Omit<InstancePage, 'pager'> {
  const instances: Instance[] = []
  const dropped: DroppedItem[] = []
  for (const item of items) {
    if (hasDocumentedShape(item)) {
      instances.push(toInstance(item, undefined, template, interner))
      continue
    }
    const parsed = z.safeParse(rawInstanceSchema, item)
    if (parsed.success) instances.push(toInstance(parsed.data, item, template, interner))
    else dropped.push({ id: idOf(item), reason: firstIssue(parsed.error) })
  }
  return { instances, dropped }
}
