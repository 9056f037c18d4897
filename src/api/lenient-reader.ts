import * as z from 'zod/mini'
import { ApiError } from './errors'
import type { ItemFields } from './item-fields'
import { pagerOf, type RawPage } from './raw-page'
import { listEnvelopeSchema, rawInstanceSchema } from './schema'

/*
 * The lenient schema's reading of an answer that is not of the documented shape (parse-page.ts
 * reads those directly): zod and the schema load with this module, on the first such answer.
 */

function firstIssue(error: z.core.$ZodError): string {
  const issue = error.issues[0]
  if (!issue) return 'unexpected shape'
  const path = issue.path.length ? issue.path.join('.') : 'body'
  return `${path}: ${issue.message}`
}

/** The list envelope, checked; a body that is not one is a typed error that says where. */
function readEnvelope(json: unknown, requested: { page: number; pageSize: number }): RawPage {
  const envelope = z.safeParse(listEnvelopeSchema, json)
  if (!envelope.success) {
    throw new ApiError(
      'bad-shape',
      `HPC-AI sent an unexpected answer (${firstIssue(envelope.error)}).`,
    )
  }
  return pagerOf(envelope.data.instances ?? [], envelope.data.pager, requested)
}

/** One item as the lenient schema reads it, or why it cannot be read (no usable instanceId). */
function readItem(item: unknown): { fields: ItemFields } | { reason: string } {
  const parsed = z.safeParse(rawInstanceSchema, item)
  return parsed.success ? { fields: parsed.data } : { reason: firstIssue(parsed.error) }
}

export const lenientReader = { readEnvelope, readItem }
export type LenientReader = typeof lenientReader
