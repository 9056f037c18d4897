import type { Instance } from '../api/instance'
import { FieldList } from '../components/field-list'
import { Section } from '../components/section'
import { billingKindLabel, formatAmount, formatGpu, joinKnown } from '../lib/instance-format'
import { billingKind } from '../lib/pricing'
import { BillingFields } from './billing-fields'

const yesNo = (value: boolean | null) => (value === null ? '' : value ? 'Yes' : 'No')
const mono = (key: string, value: string) => (
  <span key={key} className="font-mono text-xs">
    {value}
  </span>
)

export function MachineSection({ instance }: { instance: Instance }) {
  const { memory, systemDisk, region } = instance
  const gpu = formatGpu(instance.gpuCount, instance.gpuType)
  return (
    <Section title="Machine">
      <FieldList
        fields={[
          ['GPU', instance.gpuCount > 0 && instance.gpuUnit ? `${gpu} (${instance.gpuUnit})` : gpu],
          [
            'CPU',
            joinKnown(
              formatAmount(instance.cpuCount, instance.cpuUnit || 'cores'),
              instance.cpuType,
            ),
          ],
          ['Memory', joinKnown(formatAmount(memory.amount, memory.unit || 'GB'), memory.type)],
          [
            'Disk',
            joinKnown(formatAmount(systemDisk.amount, systemDisk.unit || 'GB'), systemDisk.type),
          ],
          [
            'Billing kind',
            billingKindLabel(
              billingKind(instance.billing.type, instance.billing.chargeMode, instance.isSpot),
            ),
          ],
          ['Instance type', instance.instanceType.name],
          ['Instance type id', mono('type', instance.instanceType.id)],
          ['Region', joinKnown(region.name, region.location)],
          ['Region id', mono('region', region.id)],
          ['Region value', region.value],
          ['Region domain', region.domain],
          ['SSH address', region.sshAddress],
        ]}
      />
    </Section>
  )
}

/** What it costs, every billing field in words; `now` dates the running total, when there is one. */
export function BillingSection({ instance, now }: { instance: Instance; now?: number }) {
  return (
    <Section title="Billing">
      <BillingFields instance={instance} now={now} />
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
          ['Docker storage', formatAmount(config.dockerStorageSize, 'GB')],
          ['Common data', yesNo(config.enableCommonData)],
          ['Requested root disk', formatAmount(config.rootDiskRequestGi, 'GiB')],
          ['Requested data disk', formatAmount(config.dataDiskRequestGi, 'GiB')],
          [
            'Remote storages',
            instance.remoteStorages.length ? instance.remoteStorages.join('; ') : 'None',
          ],
          ['User', instance.username],
          ['Owner', mono('owner', instance.owner)],
          ['Instance id', mono('id', instance.id)],
        ]}
      />
    </Section>
  )
}
