import type { Instance } from '../api/instance'
import { FieldList } from '../components/field-list'
import { Notice } from '../components/notice'
import { Section } from '../components/section'
import { StatusBadge } from '../components/status-badge'
import { formatDateTime, formatRelative } from '../lib/format'
import {
  describeStatusAge,
  formatStatusAge,
  formatStopCountdown,
  liveHealthLabel,
} from '../lib/instance-format'
import { liveHealth } from '../lib/status'
import type { AttentionFlag } from '../model/attention'
import type { Observation } from '../model/observations'
import { AttentionNotice } from './attention-notice'

interface Props {
  instance: Instance
  now: number
  flags?: readonly AttentionFlag[]
  observation?: Observation
}

/** Is it OK? What needs attention and why leads; a failed or unhealthy instance shows its diagnosis. */
export function HealthSection({ instance, now, flags, observation }: Props) {
  const seen = observation?.status === instance.status ? observation : undefined
  const live = liveHealth(instance.healthy, instance.statusGroup)
  const health =
    live === 'healthy' && flags?.length
      ? 'Healthy by HPC-AI’s check, but needs attention (above)'
      : liveHealthLabel(live, instance.status)
  const failedFlag = flags?.some((flag) => flag.kind === 'failed')
  const troubled = instance.healthy === false || instance.statusGroup === 'failed'
  const why = [instance.diagnosisReason, instance.diagnosisMessage].filter(Boolean)
  return (
    <Section title="Health">
      {flags && flags.length > 0 && <AttentionNotice flags={flags} />}
      {troubled && !failedFlag && (why.length > 0 || instance.message) && (
        <Notice tone="danger" role="note" className="mb-3">
          <p className="font-semibold">{instance.diagnosisReason || 'Problem reported'}</p>
          {instance.diagnosisMessage && <p className="mt-1">{instance.diagnosisMessage}</p>}
          {instance.message && <p className="mt-1">{instance.message}</p>}
        </Notice>
      )}
      <FieldList
        fields={[
          [
            'Status',
            <span key="status" className="flex flex-wrap items-start gap-x-2 gap-y-0.5">
              <StatusBadge status={instance.status} group={instance.statusGroup} />
              <span>{health}</span>
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
          ['Diagnosis', instance.diagnosisReason],
          ['Diagnosis detail', instance.diagnosisMessage],
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
