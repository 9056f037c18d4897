import type { Instance } from './instance'
import { NULL_LIST } from './interner'
import type { DocumentedItem } from './item-shape'

const orNull = <T>(list: T[]): T[] | null => (list === (NULL_LIST as never[]) ? null : list)

/**
 * The item exactly as HPC-AI sent it: kept as received when it was not of the documented shape,
 * else given back from the view model, which holds every one of its values (see item-shape.ts).
 */
export function rawOf(instance: Instance): unknown {
  if (instance.rawKept !== undefined) return instance.rawKept
  const { billing, image, configuration, region, rootDisk, dataDisk, memory, systemDisk } = instance
  const storages = orNull(instance.remoteStorages)
  const ports = orNull(instance.nodePorts)
  const item: DocumentedItem = {
    instanceMetadata: {
      instanceAuth: { ownerUserName: instance.owner },
      instanceId: instance.id,
      instanceUsername: instance.username,
    },
    instanceSpecInfo: {
      name: instance.name,
      instanceBillingInfo: {
        chargeMode: billing.chargeMode,
        duration: billing.duration,
        price: billing.price,
        unit: billing.unit,
        type: billing.type,
      },
      imageInfo: {
        architecture: image.architecture,
        isPublic: image.isPublic,
        name: image.name,
        tags: orNull(image.tags)?.slice() ?? null,
        type: image.type,
      },
      instanceConfiguration: {
        enableCommonData: configuration.enableCommonData,
        enableDocker: configuration.enableDocker,
        InstanceDiskAmountRequest: {
          rootDiskAmountGiReq: configuration.rootDiskRequestGi,
          dataDiskAmountGiReq: configuration.dataDiskRequestGi,
        },
        dockerStorageSize: configuration.dockerStorageSize,
      },
      instanceTypeInfo: {
        instanceId: instance.instanceType.id,
        instanceTypeName: instance.instanceType.name,
        cpu: { amount: instance.cpuCount, type: instance.cpuType, unit: instance.cpuUnit },
        memory: { amount: memory.amount, type: memory.type, unit: memory.unit },
        gpu: { amount: instance.gpuCount, type: instance.gpuType, unit: instance.gpuUnit },
        disk: { amount: systemDisk.amount, type: systemDisk.type, unit: systemDisk.unit },
      },
      regionInfo: {
        domain: region.domain,
        location: region.location,
        name: region.name,
        sshAddress: region.sshAddress,
        value: region.value,
        regionId: region.id,
      },
      remoteStorages:
        storages && storages.map((text) => JSON.parse(text) as Record<string, unknown>),
      nodePorts: ports && ports.map(({ port, address, nodePort }) => ({ port, address, nodePort })),
      isSpotInstance: instance.isSpot,
    },
    instanceRuntimeInfo: {
      createAtUnixMs: instance.createdAt ?? 0,
      status: instance.status,
      phase: instance.phase,
      message: instance.message,
      diagnosisReason: instance.diagnosisReason,
      diagnosisMessage: instance.diagnosisMessage,
      healthy: instance.healthy,
      subUrl: instance.subUrl,
      instanceDiskUsageInfo: { rootDiskUsedGi: rootDisk.usedGi, dataDiskUsedGi: dataDisk.usedGi },
      instanceDiskAmountInfo: {
        rootDiskAmountGi: rootDisk.totalGi,
        dataDiskAmountGi: dataDisk.totalGi,
      },
      stopTimestamp: instance.stoppedAt ?? 0,
      scheduledStopTimestamp: instance.scheduledStopAt ?? 0,
    },
  }
  return item
}
