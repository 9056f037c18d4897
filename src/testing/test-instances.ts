import type { Instance } from '../api/instance'
import { parseInstancePage } from './parse-instance-page'

interface Overrides {
  id: string
  name?: string
  status?: string
  healthy?: boolean
  gpu?: { amount: number; type: string }
  region?: string
  price?: number
  chargeMode?: string
  spot?: boolean
  createdAt?: number
  rootUsed?: number
  image?: string
}

/** View-model instances built through the real parser from a few raw fields. */
export function instancesOf(...items: Overrides[]): Instance[] {
  const raw = items.map((item) => ({
    instanceMetadata: { instanceId: item.id, instanceUsername: 'root' },
    instanceSpecInfo: {
      name: item.name ?? item.id,
      isSpotInstance: item.spot ?? false,
      regionInfo: { name: item.region ?? 'asia-sg-1', location: 'Asia,Singapore' },
      instanceTypeInfo: {
        gpu: item.gpu ?? { amount: 0, type: '' },
        cpu: { amount: 8 },
        memory: { amount: 16, unit: 'GB' },
      },
      instanceBillingInfo: { price: item.price ?? 1, chargeMode: item.chargeMode ?? 'perHour' },
      imageInfo: { name: item.image ?? 'pytorch' },
    },
    instanceRuntimeInfo: {
      status: item.status ?? 'Running',
      healthy: item.healthy ?? true,
      createAtUnixMs: item.createdAt ?? 0,
      instanceDiskUsageInfo: { rootDiskUsedGi: item.rootUsed ?? 0 },
      instanceDiskAmountInfo: { rootDiskAmountGi: 100 },
    },
  }))
  return parseInstancePage(
    { instances: raw, pager: { currentPage: 1, pageSize: raw.length, totalEntries: raw.length } },
    { page: 1, pageSize: 50 },
  ).instances
}
