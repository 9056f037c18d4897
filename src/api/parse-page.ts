import * as z from 'zod/mini'
import { jupyterTemplate } from '../lib/config'
import { ApiError } from './errors'
import type { Instance } from './instance'
import { listEnvelopeSchema, rawInstanceSchema } from './schema'
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

/** Parses one list response into view-model instances, keeping every item that has an id. */
export function parseInstancePage(
  json: unknown,
  requested: { page: number; pageSize: number },
  template = jupyterTemplate,
): InstancePage {
  const envelope = z.safeParse(listEnvelopeSchema, json)
  if (!envelope.success) {
    throw new ApiError(
      'bad-shape',
      `HPC-AI sent an unexpected answer (${firstIssue(envelope.error)}).`,
    )
  }
  const items = envelope.data.instances ?? []
  const instances: Instance[] = []
  const dropped: DroppedItem[] = []
  for (const item of items) {
    const parsed = z.safeParse(rawInstanceSchema, item)
    if (parsed.success) instances.push(toInstance(parsed.data, item, template))
    else dropped.push({ id: idOf(item), reason: firstIssue(parsed.error) })
  }
  const pager = envelope.data.pager
  return {
    instances,
    dropped,
    pager: {
      currentPage: pager?.currentPage ?? requested.page,
      pageSize: pager?.pageSize && pager.pageSize > 0 ? pager.pageSize : requested.pageSize,
      totalEntries: Math.max(0, pager?.totalEntries ?? items.length),
    },
  }
}
