import type { Tone } from '../components/tone'
import type { NewActivity } from './activity-log'
import type { StopSettlement } from './reconcile'

/** The Activity entry of a stop the list showed settled (or that stopped being watched). */
export function settledActivity(settled: StopSettlement, at: number): NewActivity {
  const entry = (result: string, tone: Tone): NewActivity => ({
    at,
    instanceId: settled.id,
    name: settled.name,
    result,
    tone,
  })
  if (settled.timedOut)
    return entry(
      `Still ${settled.status ?? 'not settled'} 2 minutes after the stop; no longer watched`,
      'warning',
    )
  return settled.status === null
    ? entry('No longer in the list', 'neutral')
    : entry(`${settled.status} (seen in the list)`, 'success')
}
