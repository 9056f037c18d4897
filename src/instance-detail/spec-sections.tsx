import type { Instance } from '../api/instance'
import { FieldList } from '../components/field-list'
import { Section } from '../components/section'
import { DASH, formatMoney, formatNumber } from '../lib/format'
import { CHARGE_MODE_LABEL } from '../lib/pricing'

const amount = (value: number | null, unit: string) =>
  value === null ? '' : `${formatNumber(value)}${unit ? ` ${unit}` : ''}`
const yesNo = (value: boolean | null) => (value === null ? '' : value ? 'Yes' : 'No')

export function MachineSection({ instance }: { instance: Instance }) {
  return (
    <Section title="Machine">
      <FieldList
        fields={[
          [
            'GPU',
            instance.gpuCount > 0
              ? `${formatNumber(instance.gpuCount)} × ${instance.gpuType || 'GPU'}${instance.gpuUnit ? ` (${instance.gpuUnit})` : ''}`
              : 'CPU only',
          ],
          [
            'CPU',
            [amount(instance.cpuCount, instance.cpuUnit || 'cores'), instance.cpuType]
              .filter(Boolean)
              .join(', '),
          ],
          [
            'Memory',
            [amount(instance.memory.amount, instance.memory.unit || 'GB'), instance.memory.type]
              .filter(Boolean)
              .join(', '),
          ],
          [
            'Disk',
            [
              amount(instance.systemDisk.amount, instance.systemDisk.unit || 'GB'),
              instance.systemDisk.type,
            ]
              .filter(Boolean)
              .join(', '),
          ],
          ['Billing kind', instance.isSpot ? 'Spot' : 'On-demand'],
          ['Instance type', instance.instanceType.name],
          [
            'Instance type id',
            <span key="type" className="font-mono text-xs">
              {instance.instanceType.id}
            </span>,
          ],
          ['Region', [instance.region.name, instance.region.location].filter(Boolean).join(', ')],
          [
            'Region id',
            <span key="region" className="font-mono text-xs">
              {instance.region.id}
            </span>,
          ],
          ['Region value', instance.region.value],
          ['Region domain', instance.region.domain],
          ['SSH address', instance.region.sshAddress],
        ]}
      />
    </Section>
  )
}

export function BillingSection({ instance }: { instance: Instance }) {
  const { billing } = instance
  const unit = billing.unit === '$' || !billing.unit ? '' : ` ${billing.unit}`
  return (
    <Section title="Billing">
      <FieldList
        fields={[
          [
            'Price',
            billing.price === null
              ? ''
              : `${formatMoney(billing.price)}${unit} ${CHARGE_MODE_LABEL[billing.chargeMode] ?? billing.chargeMode}`,
          ],
          ['Per hour', billing.hourly === null ? DASH : `${formatMoney(billing.hourly)}/h`],
          ['Charge mode', billing.chargeMode],
          ['Duration', amount(billing.duration, '')],
          ['Type', billing.type],
          ['Unit', billing.unit],
        ]}
      />
    </Section>
  )
}

export function ImageSection({ instance }: { instance: Instance }) {
  const { image, configuration: config } = instance
  return (
    <Section title="Image and configuration">
      <FieldList
        fields={[
          ['Image', image.name],
          ['Tags', image.tags.join(', ')],
          ['Image type', image.type],
          ['Architecture', image.architecture],
          ['Public image', image.isPublic],
          ['Docker', yesNo(config.enableDocker)],
          ['Docker storage', amount(config.dockerStorageSize, 'GB')],
          ['Common data', yesNo(config.enableCommonData)],
          ['Requested root disk', amount(config.rootDiskRequestGi, 'GiB')],
          ['Requested data disk', amount(config.dataDiskRequestGi, 'GiB')],
          [
            'Remote storages',
            instance.remoteStorages.length ? instance.remoteStorages.join('; ') : 'None',
          ],
          ['User', instance.username],
          [
            'Owner',
            <span key="owner" className="font-mono text-xs">
              {instance.owner}
            </span>,
          ],
          [
            'Instance id',
            <span key="id" className="font-mono text-xs">
              {instance.id}
            </span>,
          ],
        ]}
      />
    </Section>
  )
}
