import type { Instance } from '../api/instance'
import { FieldList } from '../components/field-list'
import { Notice } from '../components/notice'
import { Section } from '../components/section'
import { StatusBadge } from '../components/status-badge'
import { formatDateTime, formatRelative } from '../lib/format'
import { formatStopCountdown, healthLabel } from '../lib/instance-format'

/** Is it OK? A failed or unhealthy instance leads with why. */
export function HealthSection({ instance, now }: { instance: Instance; now: number }) {
  const troubled = instance.healthy === false || instance.statusGroup === 'failed'
  const why = [instance.diagnosisReason, instance.diagnosisMessage].filter(Boolean)
  return (
    <Section title="Health">
      {troubled && (why.length > 0 || instance.message) && (
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
            <span key="status" className="inline-flex items-center gap-2">
              <StatusBadge status={instance.status} group={instance.statusGroup} />
              <span>{healthLabel(instance.healthy)}</span>
            </span>,
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
