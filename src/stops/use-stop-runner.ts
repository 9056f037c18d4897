import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { stopInstance } from '../api/stop-instance'
import { notSentActivity, outcomeActivity, skippedActivity } from './activity-entries'
import { logActivity } from './activity-log'
import { runStopBatch, type BatchResult } from './stop-batch'
import { expiryNotice } from './stop-messages'
import type { SkippedStop, StopTarget } from './stop-plan'
import { replaceSelection } from './selection-store'
import { beginBatch, finishBatch, recordOutcome } from './batch-state'

/**
 * Sends a batch of stops: one mutation per instance (never retried), at most six in flight, each
 * outcome recorded as it comes. When HPC-AI refuses the token the batch ends there, what was not
 * stopped stays selected, and `onAuthExpired` gets a notice naming what was and was not sent.
 */
export function useStopRunner(token: string, onAuthExpired: (notice: string) => void) {
  const queryClient = useQueryClient()
  const { mutateAsync } = useMutation({
    mutationKey: ['instances', 'stop'],
    mutationFn: (instanceId: string) => stopInstance({ token, instanceId }),
    retry: false,
  })

  return useCallback(
    async (targets: readonly StopTarget[], skipped: readonly SkippedStop[]) => {
      const started = Date.now()
      const send = beginBatch(targets, skipped, started)
      if (send === null) return null
      logActivity(skipped.map((skip) => skippedActivity(skip, started)))
      const result: BatchResult = await runStopBatch(send, (id) => mutateAsync(id), {
        onOutcome: (outcome) => {
          const at = Date.now()
          recordOutcome(outcome, at)
          logActivity([outcomeActivity(outcome, at)])
        },
      })
      finishBatch(result)
      const ended = Date.now()
      logActivity(result.notSent.map((target) => notSentActivity(target, ended)))
      if (result.authMessage !== null) {
        replaceSelection([...result.refused, ...result.notSent].map((target) => target.id))
        onAuthExpired(expiryNotice(result))
      } else {
        void queryClient.invalidateQueries({ queryKey: ['instances'] })
      }
      return result
    },
    [mutateAsync, queryClient, onAuthExpired],
  )
}
