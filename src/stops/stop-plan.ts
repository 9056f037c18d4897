import type { Instance } from '../api/instance'
import { stopEligibility } from '../lib/status'

/** What a stop needs to know of an instance, and what results name it by. */
export interface StopTarget {
  id: string
  name: string
}

export interface SkippedStop extends StopTarget {
  reason: string
}

export interface StopPlan {
  /** The instances a stop will be sent for, in the order given. */
  send: Instance[]
  /** Selected but never sent, each with why. */
  skip: SkippedStop[]
  /** The summed listed price per hour of `send` (those with a known price). */
  hourly: number
  /** How many of `send` have no known price per hour. */
  unpriced: number
  /** Charge modes of `send` that are billed per period rather than per hour, with their counts. */
  periodic: { mode: string; count: number }[]
}

/** Charge modes billed for a period paid up front (the price is per day, week or month). */
export const PERIOD_MODES: readonly string[] = ['perDay', 'perWeek', 'perMonth']

export const ALREADY_REQUESTED = 'A stop was already requested'

/**
 * Splits a selection into what may be stopped and what is skipped (a status that cannot be
 * stopped, or a stop already requested), with the price of what is stopped.
 */
export function planStop(
  instances: readonly Instance[],
  requested: { has: (id: string) => boolean },
): StopPlan {
  const send: Instance[] = []
  const skip: SkippedStop[] = []
  const periodic = new Map<string, number>()
  let hourly = 0
  let unpriced = 0
  for (const instance of instances) {
    const { id, name } = instance
    if (requested.has(id)) {
      skip.push({ id, name, reason: ALREADY_REQUESTED })
      continue
    }
    const eligibility = stopEligibility(instance.status)
    if (!eligibility.ok) {
      skip.push({ id, name, reason: eligibility.reason })
      continue
    }
    send.push(instance)
    if (instance.billing.hourly === null) unpriced++
    else hourly += instance.billing.hourly
    const mode = instance.billing.chargeMode
    if (PERIOD_MODES.includes(mode)) periodic.set(mode, (periodic.get(mode) ?? 0) + 1)
  }
  return {
    send,
    skip,
    hourly,
    unpriced,
    periodic: [...periodic].map(([mode, count]) => ({ mode, count })),
  }
}

export const targetOf = ({ id, name }: StopTarget): StopTarget => ({ id, name })
