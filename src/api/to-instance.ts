import { diskUsage, fullestPercent } from '../lib/disk'
import { jupyterUrl } from '../lib/jupyter'
import { naturalKey } from '../lib/natural-key'
import { hourlyPrice } from '../lib/pricing'
import { sshAccess, type NodePort } from '../lib/ssh'
import { statusGroup } from '../lib/status'
import type { Instance } from './instance'
import { EMPTY_LIST, Interner, keyOf, NULL_LIST } from './interner'
import { MAX_DATE_MS } from './item-shape'
import type { RawInstance } from './schema'

type Spec = RawInstance['instanceSpecInfo']
type Amount = Spec['instanceTypeInfo']['memory']

/** What toInstance reads: the lenient schema's output, or an item of the documented shape. */
export interface ItemFields {
  instanceMetadata: RawInstance['instanceMetadata']
  instanceSpecInfo: Omit<Spec, 'imageInfo' | 'remoteStorages' | 'nodePorts'> & {
    imageInfo: Omit<Spec['imageInfo'], 'tags'> & { tags: string[] | null }
    remoteStorages: unknown[] | null
    nodePorts: Spec['nodePorts'] | null
  }
  instanceRuntimeInfo: RawInstance['instanceRuntimeInfo']
}

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

/** A list of texts as the view model keeps it: null and empty as the shared empty lists, else shared by content. */
function texts(list: string[] | null, kind: string, interner: Interner): string[] {
  if (list === null) return NULL_LIST as never[]
  if (list.length === 0) return EMPTY_LIST as never[]
  return interner.block(keyOf(kind, ...list), () => list)
}

/** Which tag list an image has, as part of its key: sent as null is not the same as sent empty. */
const tagsKey = (tags: string[]) =>
  tags === (NULL_LIST as never[]) ? null : keyOf('tags', ...tags)

/**
 * Flattens one API item into the view model; pure, so it is computed once per fetch. Blocks many
 * instances share (region, machine, image, billing) are one object per load (`interner`).
 * `rawKept` is the item as received when the view model cannot give it back (see rawOf).
 */
export function toInstance(
  item: ItemFields,
  rawKept: unknown,
  template: string,
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
  const disk = (used: number | null, total: number | null) =>
    interner.block(keyOf('disk', used, total), () => diskUsage(used, total))
  const rootDisk = disk(usage.rootDiskUsedGi, amounts.rootDiskAmountGi)
  const dataDisk = disk(usage.dataDiskUsedGi, amounts.dataDiskAmountGi)
  const gpuCount = Math.max(0, type.gpu.amount ?? 0)
  const region = spec.regionInfo
  const name = spec.name.trim() || meta.instanceId
  const image = spec.imageInfo
  const tags = texts(image.tags, 'tags', interner)
  const config = spec.instanceConfiguration
  const request = config.InstanceDiskAmountRequest
  const amount = (kind: string, block: Amount) =>
    interner.block(keyOf(kind, block.amount, block.type, block.unit), () => ({ ...block }))
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
    memory: amount('memory', type.memory),
    systemDisk: amount('disk', type.disk),
    instanceType: interner.block(keyOf('type', type.instanceId, type.instanceTypeName), () => ({
      id: type.instanceId,
      name: type.instanceTypeName,
    })),
    region: interner.block(
      keyOf(
        'region',
        region.regionId,
        region.name,
        region.location,
        region.domain,
        region.sshAddress,
        region.value,
      ),
      () => ({
        id: region.regionId,
        name: region.name,
        location: region.location,
        domain: region.domain,
        sshAddress: region.sshAddress,
        value: region.value,
      }),
    ),
    billing: interner.block(
      keyOf(
        'billing',
        billing.chargeMode,
        billing.duration,
        billing.price,
        billing.unit,
        billing.type,
      ),
      () => ({ ...billing, hourly: hourlyPrice(billing.price, billing.chargeMode) }),
    ),
    isSpot: spec.isSpotInstance === true,
    image: interner.block(
      keyOf('image', image.architecture, image.isPublic, image.name, image.type, tagsKey(tags)),
      () => ({ ...image, tags }),
    ),
    configuration: interner.block(
      keyOf(
        'configuration',
        config.enableCommonData,
        config.enableDocker,
        config.dockerStorageSize,
        request.rootDiskAmountGiReq,
        request.dataDiskAmountGiReq,
      ),
      () => ({
        enableCommonData: config.enableCommonData,
        enableDocker: config.enableDocker,
        dockerStorageSize: config.dockerStorageSize,
        rootDiskRequestGi: request.rootDiskAmountGiReq,
        dataDiskRequestGi: request.dataDiskAmountGiReq,
      }),
    ),
    remoteStorages: texts(
      spec.remoteStorages && spec.remoteStorages.map(describe).filter(Boolean),
      'storages',
      interner,
    ),
    nodePorts,
    rootDisk,
    dataDisk,
    diskPercent: fullestPercent(rootDisk, dataDisk),
    ssh: sshAccess({ status, username, nodePorts, fallbackAddress: region.sshAddress }),
    subUrl: runtime.subUrl,
    jupyterUrl: jupyterUrl(runtime.subUrl, region.domain, template),
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
