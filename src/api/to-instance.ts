import { diskUsage, fullestPercent } from '../lib/disk'
import { jupyterUrl } from '../lib/jupyter'
import { naturalKey } from '../lib/natural-key'
import { hourlyPrice } from '../lib/pricing'
import { sshAccess, type NodePort } from '../lib/ssh'
import { statusGroup } from '../lib/status'
import type { Instance } from './instance'
import type { RawInstance } from './schema'

// JavaScript dates end at 8.64e15 ms; anything past that (or not positive) is no time at all.
const MAX_DATE_MS = 8.64e15
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

/** Flattens one parsed API item into the view model; pure, so it is computed once per fetch. */
export function toInstance(item: RawInstance, raw: unknown, template: string): Instance {
  const meta = item.instanceMetadata
  const spec = item.instanceSpecInfo
  const runtime = item.instanceRuntimeInfo
  const type = spec.instanceTypeInfo
  const billing = spec.instanceBillingInfo
  const nodePorts = spec.nodePorts.flatMap((entry): NodePort[] =>
    entry.port !== null && entry.nodePort !== null
      ? [{ port: entry.port, nodePort: entry.nodePort, address: entry.address }]
      : [],
  )
  const rootDisk = diskUsage(
    runtime.instanceDiskUsageInfo.rootDiskUsedGi,
    runtime.instanceDiskAmountInfo.rootDiskAmountGi,
  )
  const dataDisk = diskUsage(
    runtime.instanceDiskUsageInfo.dataDiskUsedGi,
    runtime.instanceDiskAmountInfo.dataDiskAmountGi,
  )
  const gpuCount = Math.max(0, type.gpu.amount ?? 0)
  const region = spec.regionInfo
  const name = spec.name.trim() || meta.instanceId
  return {
    id: meta.instanceId,
    name,
    username: meta.instanceUsername,
    owner: meta.instanceAuth.ownerUserName,
    status: runtime.status,
    statusGroup: statusGroup(runtime.status),
    healthy: runtime.healthy,
    phase: runtime.phase,
    message: runtime.message,
    diagnosisReason: runtime.diagnosisReason,
    diagnosisMessage: runtime.diagnosisMessage,
    createdAt: positiveTime(runtime.createAtUnixMs),
    stoppedAt: positiveTime(runtime.stopTimestamp),
    scheduledStopAt: positiveTime(runtime.scheduledStopTimestamp),
    gpuCount,
    gpuType: gpuCount > 0 ? type.gpu.type : '',
    gpuUnit: type.gpu.unit,
    cpuCount: type.cpu.amount,
    cpuType: type.cpu.type,
    cpuUnit: type.cpu.unit,
    memory: type.memory,
    systemDisk: type.disk,
    instanceType: { id: type.instanceId, name: type.instanceTypeName },
    region: {
      id: region.regionId,
      name: region.name,
      location: region.location,
      domain: region.domain,
      sshAddress: region.sshAddress,
      value: region.value,
    },
    billing: { ...billing, hourly: hourlyPrice(billing.price, billing.chargeMode) },
    isSpot: spec.isSpotInstance === true,
    image: spec.imageInfo,
    configuration: {
      enableCommonData: spec.instanceConfiguration.enableCommonData,
      enableDocker: spec.instanceConfiguration.enableDocker,
      dockerStorageSize: spec.instanceConfiguration.dockerStorageSize,
      rootDiskRequestGi: spec.instanceConfiguration.InstanceDiskAmountRequest.rootDiskAmountGiReq,
      dataDiskRequestGi: spec.instanceConfiguration.InstanceDiskAmountRequest.dataDiskAmountGiReq,
    },
    remoteStorages: spec.remoteStorages.map(describe).filter(Boolean),
    nodePorts,
    rootDisk,
    dataDisk,
    diskPercent: fullestPercent(rootDisk, dataDisk),
    ssh: sshAccess({
      status: runtime.status,
      username: meta.instanceUsername,
      nodePorts,
      fallbackAddress: region.sshAddress,
    }),
    subUrl: runtime.subUrl,
    jupyterUrl: jupyterUrl(runtime.subUrl, region.domain, template),
    sortName: naturalKey(name),
    searchText: [
      name,
      meta.instanceId,
      type.gpu.type,
      region.name,
      region.location,
      spec.imageInfo.name,
      meta.instanceUsername,
    ]
      .join('\n')
      .toLowerCase(),
    raw,
  }
}
