import type { Instance } from '../api/instance'
import { FieldList } from '../components/field-list'
import { Section } from '../components/section'
import { StatusBadge } from '../components/status-badge'
import { formatDateTime, formatDuration, formatRelative } from '../lib/format'

function healthText(healthy: boolean | null): string {
  return healthy === null ? 'Not reported' : healthy ? 'Healthy' : 'Unhealthy'
}

/** Is it OK? A failed or unhealthy instance leads with why. */
export function HealthSection({ instance, now }: { instance: Instance; now: number }) {
  const troubled = instance.healthy === false || instance.statusGroup === 'failed'
  const why = [instance.diagnosisReason, instance.diagnosisMessage].filter(Boolean)
  return (
    <Section title="Health">
      {troubled && (why.length > 0 || instance.message) && (
        <div
          role="note"
          className="mb-3 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900"
        >
          <p className="font-semibold">{instance.diagnosisReason || 'Problem reported'}</p>
          {instance.diagnosisMessage && (
            <p className="mt-1 break-words">{instance.diagnosisMessage}</p>
          )}
          {instance.message && <p className="mt-1 break-words">{instance.message}</p>}
        </div>
      )}
      <FieldList
        fields={[
          [
            'Status',
            <span key="status" className="inline-flex items-center gap-2">
              <StatusBadge status={instance.status} group={instance.statusGroup} />
              <span>{healthText(instance.healthy)}</span>
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
              : `${formatDateTime(instance.scheduledStopAt)} (${instance.scheduledStopAt > now ? `in ${formatDuration(instance.scheduledStopAt - now)}` : 'due'})`,
          ],
        ]}
      />
    </Section>
  )
}
