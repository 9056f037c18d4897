import type { Instance } from '../api/instance'
import { DiskMeter } from '../components/disk-meter'
import { Section } from '../components/section'

export function DiskSection({ instance }: { instance: Instance }) {
  return (
    <Section title="Disks">
      <div className="space-y-3">
        <DiskMeter label="Root" disk={instance.rootDisk} />
        <DiskMeter label="Data" disk={instance.dataDisk} />
      </div>
    </Section>
  )
}
