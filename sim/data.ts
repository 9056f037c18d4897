import type { RawInstance } from './api-types.ts'
import { withAttentionCases } from './attention-cases.ts'
import {
  CHARGE_MODES,
  CPU_TYPES,
  FAILURE_DIAGNOSES,
  GPU_TYPES,
  IMAGES,
  NAME_PARTS,
  REGIONS,
  STATUSES,
} from './catalog.ts'
import { diskUsage, nodePorts, weightedStatus } from './draws.ts'
import { createRandom, type Random } from './random.ts'
import specExample from './spec-example.json' with { type: 'json' }

const OWNER = '08f6f261-5a1d-4c2e-9f3b-85e6ae32f492'
const UNHEALTHY_STATUSES = new Set(['StartingFailed', 'InitializationFailed'])

/** One instance, fully determined by the seed's stream and its index. */
function makeInstance(random: Random, index: number, now: number): RawInstance {
  const status = index < STATUSES.length ? (STATUSES[index] ?? 'Running') : weightedStatus(random)
  const region = random.pick(REGIONS)
  const cpuOnly = random.chance(0.15)
  const gpu = random.pick(GPU_TYPES)
  const gpuCount = cpuOnly ? 0 : random.pick([1, 1, 2, 4, 8])
  const charge = CHARGE_MODES[index % CHARGE_MODES.length] ?? CHARGE_MODES[0]
  const isSpot = charge.mode === 'perHour' && random.chance(0.4)
  const hourly = (cpuOnly ? 0.12 : gpu.hourly * gpuCount) * (isSpot ? 0.45 : 1)
  const image = random.pick(IMAGES)
  const id = `notebook-${random.uuid()}`
  const failed = UNHEALTHY_STATUSES.has(status) || (status === 'Running' && index % 17 === 9)
  const diagnosis = failed ? random.pick(FAILURE_DIAGNOSES) : null
  const rootTotal = random.pick([50, 100, 200])
  const dataTotal = random.pick([0, 100, 500, 1000])
  const created = now - random.int(1, 60 * 24) * 3_600_000
  const stopped = ['Stopped', 'Archived', 'Released'].includes(status)
  const name =
    index === 40
      ? `训练-节点-${index}`
      : `${random.pick(NAME_PARTS.first)}-${random.pick(NAME_PARTS.second)}-${String(index).padStart(3, '0')}`
  return {
    instanceMetadata: {
      instanceAuth: { ownerUserName: OWNER },
      instanceId: id,
      instanceUsername: random.pick(['root', 'ubuntu', 'username']),
    },
    instanceSpecInfo: {
      name,
      instanceBillingInfo: {
        chargeMode: charge.mode,
        duration: random.pick([1, 1, 2, 3]),
        price: Math.round(hourly * charge.hours * 10_000) / 10_000,
        unit: '$',
        type: isSpot ? 'Spot' : charge.type,
      },
      imageInfo: {
        architecture: image.name ? 'amd64' : '',
        isPublic: image.type === 'official' ? 'true' : image.name ? 'false' : '',
        name: image.name,
        tags: image.tags ? [...image.tags] : null,
        type: image.type,
      },
      instanceConfiguration: {
        enableCommonData: random.chance(0.3),
        enableDocker: random.chance(0.2),
        InstanceDiskAmountRequest: {
          rootDiskAmountGiReq: rootTotal,
          dataDiskAmountGiReq: dataTotal,
        },
        dockerStorageSize: random.pick([0, 0, 50, 100]),
      },
      instanceTypeInfo: {
        instanceId: random.uuid(),
        instanceTypeName: cpuOnly ? `cpu-${random.pick([8, 16])}c` : `${gpu.type}x${gpuCount}`,
        cpu: {
          amount: cpuOnly ? random.pick([8, 16]) : gpuCount * 16,
          type: random.pick(CPU_TYPES),
          unit: '',
        },
        memory: { amount: cpuOnly ? 32 : gpuCount * 128, type: '', unit: 'GB' },
        gpu: { amount: gpuCount, type: cpuOnly ? '' : gpu.type, unit: '' },
        disk: { amount: rootTotal, type: 'nvme', unit: 'GB' },
      },
      // In the documented order of keys, as HPC-AI's own example sends them.
      regionInfo: {
        domain: region.domain,
        location: region.location,
        name: region.name,
        sshAddress: region.sshAddress,
        value: region.value,
        regionId: `${region.name}-${'0'.repeat(4)}-region`,
      },
      remoteStorages:
        index % 9 === 4
          ? null
          : index % 9 === 2
            ? [{ name: 'team-datasets', mountPath: '/mnt/datasets' }]
            : [],
      nodePorts: nodePorts(random, index, region.sshAddress),
      isSpotInstance: isSpot,
    },
    instanceRuntimeInfo: {
      createAtUnixMs: status === 'Initializing' && index % 2 === 0 ? 0 : created,
      status,
      phase: diagnosis?.phase ?? '',
      message: status === 'PullingImage' ? 'Pulling image, 3.1 GB of 7.8 GB' : '',
      diagnosisReason: diagnosis?.reason ?? '',
      diagnosisMessage: diagnosis?.message ?? '',
      healthy: !failed,
      subUrl: stopped ? '' : `/notebook/${id}/${id}-0`,
      instanceDiskUsageInfo: {
        rootDiskUsedGi: diskUsage(random, rootTotal, index % 23 === 11),
        dataDiskUsedGi: diskUsage(random, dataTotal, false),
      },
      instanceDiskAmountInfo: { rootDiskAmountGi: rootTotal, dataDiskAmountGi: dataTotal },
      stopTimestamp: stopped ? created + random.int(1, 48) * 3_600_000 : 0,
      scheduledStopTimestamp:
        status === 'Running' && index % 5 === 1 ? now + random.int(1, 72) * 3_600_000 : 0,
    },
  }
}

/**
 * The spec's own example instance comes first, exactly as documented; the rest are generated, then
 * given the attention cases (attention-cases.ts).
 */
export function generateInstances(count: number, seed: number, now = Date.now()): RawInstance[] {
  const random = createRandom(seed)
  const generated = Array.from({ length: count }, (_, index) =>
    index === 0
      ? (structuredClone(specExample.instances[0]) as RawInstance)
      : makeInstance(random, index, now),
  )
  return withAttentionCases(generated, now)
}
