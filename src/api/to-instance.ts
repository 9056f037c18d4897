import { fullestPercent } from '../lib/disk'
import { naturalKey } from '../lib/natural-key'
import type { NodePort } from '../lib/ssh'
import { statusGroup } from '../lib/status'
import type { Instance } from './instance'
import { Interner, NULL_LIST } from './interner'
import {
  sharedAmount,
  sharedBilling,
  sharedConfiguration,
  sharedDisk,
  sharedImage,
  sharedRegion,
  sharedTexts,
  sharedType,
} from './shared-blocks'
import { MAX_DATE_MS } from './item-shape'
import type { ItemFields } from './item-fields'

// Anything past the end of JavaScript dates (or not positive) is no time at all.
const positiveTime = (value: number | null): number | null =>
  value !== null && value > 0 && value <= MAX_DATE_MS ? value : null

function describe(value: unknown): string {
  if (typeof value === 'string') return value
  try {
    return JSON.stringify(value)
  } catch {
    return ''
  }
}

/**
 * Flattens one API item into the view model; pure, so it is computed once per fetch. Blocks many
 * instances share (region, machine, image, billing) are one object per load (`interner`).
 * `rawKept` is the item as received when the view model cannot give it back (see rawOf).
 */
export function toInstance(
  item: ItemFields,
  rawKept: unknown,
  interner = new Interner(),
): Instance {
  const text = (value: string) => interner.text(value)
  const meta = item.instanceMetadata
  const spec = item.instanceSpecInfo
  const runtime = item.instanceRuntimeInfo
  const type = spec.instanceTypeInfo
  const billing = spec.instanceBillingInfo
  const ports = spec.nodePorts
  const nodePorts =
    ports === null
      ? (NULL_LIST as never[])
      : ports.flatMap((entry): NodePort[] =>
          entry.port !== null && entry.nodePort !== null
            ? [{ port: entry.port, address: text(entry.address), nodePort: entry.nodePort }]
            : [],
        )
  const usage = runtime.instanceDiskUsageInfo
  const amounts = runtime.instanceDiskAmountInfo
  const rootDisk = sharedDisk(usage.rootDiskUsedGi, amounts.rootDiskAmountGi, interner)
  const dataDisk = sharedDisk(usage.dataDiskUsedGi, amounts.dataDiskAmountGi, interner)
  const gpuCount = Math.max(0, type.gpu.amount ?? 0)
  const region = spec.regionInfo
  const name = spec.name.trim() || meta.instanceId
  const image = spec.imageInfo
  const tags = sharedTexts(image.tags, 'tags', interner)
  const username = text(meta.instanceUsername)
  const status = text(runtime.status)
  return {
    id: meta.instanceId,
    name,
    username,
    owner: text(meta.instanceAuth.ownerUserName),
    status,
    statusGroup: statusGroup(runtime.status),
    healthy: runtime.healthy,
    phase: text(runtime.phase),
    message: text(runtime.message),
    diagnosisReason: text(runtime.diagnosisReason),
    diagnosisMessage: text(runtime.diagnosisMessage),
    createdAt: positiveTime(runtime.createAtUnixMs),
    stoppedAt: positiveTime(runtime.stopTimestamp),
    scheduledStopAt: positiveTime(runtime.scheduledStopTimestamp),
    gpuCount,
    gpuType: gpuCount > 0 ? text(type.gpu.type) : '',
    gpuUnit: text(type.gpu.unit),
    cpuCount: type.cpu.amount,
    cpuType: text(type.cpu.type),
    cpuUnit: text(type.cpu.unit),
    memory: sharedAmount('memory', type.memory, interner),
    systemDisk: sharedAmount('systemDisk', type.disk, interner),
    instanceType: sharedType(type, interner),
    region: sharedRegion(region, interner),
    billing: sharedBilling(billing, interner),
    isSpot: spec.isSpotInstance === true,
    image: sharedImage(image, tags, interner),
    configuration: sharedConfiguration(spec.instanceConfiguration, interner),
    remoteStorages: sharedTexts(
      spec.remoteStorages && spec.remoteStorages.map(describe).filter(Boolean),
      'storages',
      interner,
    ),
    nodePorts,
    rootDisk,
    dataDisk,
    diskPercent: fullestPercent(rootDisk, dataDisk),
    subUrl: runtime.subUrl,
    sortName: naturalKey(name),
    searchText: [
      name,
      meta.instanceId,
      type.gpu.type,
      region.name,
      region.location,
      image.name,
      meta.instanceUsername,
    ]
      .join('\n')
      .toLowerCase(),
    rawKept,
  }
}
