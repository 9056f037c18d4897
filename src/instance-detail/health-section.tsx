import { use } from 'react'
import type { Instance } from '../api/instance'
import { FieldList } from '../components/field-list'
import { Notice } from '../components/notice'
import { Section } from '../components/section'
import { statusBadge } from '../components/status-marks'
import { formatDateTime, formatRelative } from '../lib/format'
import {
  describeStatusAge,
  formatStatusAge,
  formatStopCountdown,
  liveHealthLabel,
} from '../lib/instance-format'
import { liveHealth } from '../lib/status'
import type { AttentionFlag } from '../model/attention'
import { explainFlags } from '../model/attention-explain'
import type { Observation } from '../model/observations'
import { StopAccessContext } from '../model/stop-access'
import { shownStatus } from '../model/stop-state'
import { AttentionNotice } from './attention-notice'

interface Props {
  instance: Instance
  now: number
  flags?: readonly AttentionFlag[]
  observation?: Observation
}

/** Flags that already quote HPC-AI's diagnosis in their reason. */
const QUOTES_DIAGNOSIS = new Set(['failed', 'unhealthy', 'blocked'])

/** Is it OK? What needs attention and why leads; a failed or unhealthy instance shows its diagnosis. */
export function HealthSection({ instance, now, flags, observation }: Props) {
  const stops = use(StopAccessContext)
  const seen = observation?.status === instance.status ? observation : undefined
  const { healthy, statusGroup, diagnosisReason, diagnosisMessage } = instance
  const live = liveHealth(healthy, statusGroup, diagnosisReason, diagnosisMessage)
  const health =
    live === 'healthy' && flags?.length
      ? 'Healthy by HPC-AI’s check, but needs attention (above)'
      : liveHealthLabel(live, instance.status, diagnosisReason)
  const quoted = flags?.some((flag) => QUOTES_DIAGNOSIS.has(flag.kind))
  const why = [diagnosisReason, diagnosisMessage].filter(Boolean)
  const status = shownStatus(instance, { pending: stops.isPending(instance.id) })
  return (
    <Section title="Health">
      {flags && flags.length > 0 && (
        <AttentionNotice
          flags={explainFlags(flags, instance, observation, now)}
          instance={instance}
        />
      )}
      {live === 'unhealthy' && !quoted && (why.length > 0 || instance.message) && (
        <Notice tone="danger" role="note" className="mb-3">
          <p className="font-semibold">{diagnosisReason || 'Problem reported'}</p>
          {diagnosisMessage && <p className="mt-1">{diagnosisMessage}</p>}
          {instance.message && <p className="mt-1">{instance.message}</p>}
        </Notice>
      )}
      <FieldList
        fields={[
          [
            'Status',
            <span key="status" className="flex flex-wrap items-start gap-x-2 gap-y-0.5">
              {statusBadge(status.label, status.group)}
              <span>{health}</span>
              {status.description && (
                <span className="basis-full text-fg-muted">{status.description}</span>
              )}
            </span>,
          ],
          [
            'In status for',
            seen
              ? `${formatStatusAge(now - seen.since, seen.seenStart)}. ${describeStatusAge(seen.since, seen.seenStart)}.`
              : '',
          ],
          ['Phase', instance.phase],
          ['Message', instance.message],
          ['Diagnosis', diagnosisReason],
          ['Diagnosis detail', diagnosisMessage],
          [
            'Created',
            instance.createdAt === null
              ? ''
              : `${formatDateTime(instance.createdAt)} (${formatRelative(instance.createdAt, now)})`,
          ],
          ['Stopped', instance.stoppedAt === null ? '' : formatDateTime(instance.stoppedAt)],
          [
            'Scheduled stop',
            instance.scheduledStopAt === null
              ? 'None'
              : `${formatDateTime(instance.scheduledStopAt)} (${formatStopCountdown(instance.scheduledStopAt, now)})`,
          ],
        ]}
      />
    </Section>
  )
}
