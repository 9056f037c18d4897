import * as z from 'zod/mini'
import { block, bool, list, num, text } from './lenient'

const amount = block({ amount: num, type: text, unit: text })

const nodePort = z.object({ port: num, address: text, nodePort: num })

export const rawInstanceSchema = z.object({
  instanceMetadata: z.object({
    instanceAuth: block({ ownerUserName: text }),
    instanceId: z.string().check(z.trim(), z.minLength(1, 'instanceId is missing or empty')),
    instanceUsername: text,
  }),
  instanceSpecInfo: block({
    name: text,
    instanceBillingInfo: block({
      chargeMode: text,
      duration: num,
      price: num,
      unit: text,
      type: text,
    }),
    imageInfo: block({
      architecture: text,
      isPublic: text,
      name: text,
      tags: list(text),
      type: text,
    }),
    instanceConfiguration: block({
      enableCommonData: bool,
      enableDocker: bool,
      InstanceDiskAmountRequest: block({ rootDiskAmountGiReq: num, dataDiskAmountGiReq: num }),
      dockerStorageSize: num,
    }),
    instanceTypeInfo: block({
      instanceId: text,
      instanceTypeName: text,
      cpu: amount,
      memory: amount,
      gpu: amount,
      disk: amount,
    }),
    regionInfo: block({
      domain: text,
      location: text,
      name: text,
      sshAddress: text,
      value: text,
      regionId: text,
    }),
    remoteStorages: list(z.unknown()),
    nodePorts: list(nodePort),
    isSpotInstance: bool,
  }),
  instanceRuntimeInfo: block({
    createAtUnixMs: num,
    status: text,
    phase: text,
    message: text,
    diagnosisReason: text,
    diagnosisMessage: text,
    healthy: bool,
    subUrl: text,
    instanceDiskUsageInfo: block({ rootDiskUsedGi: num, dataDiskUsedGi: num }),
    instanceDiskAmountInfo: block({ rootDiskAmountGi: num, dataDiskAmountGi: num }),
    stopTimestamp: num,
    scheduledStopTimestamp: num,
  }),
})

export type RawInstance = z.output<typeof rawInstanceSchema>

/** The list envelope; its items are parsed one by one so that one bad item drops only itself. */
export const listEnvelopeSchema = z.object({
  instances: z.nullable(z.array(z.unknown())),
  pager: z.optional(z.nullable(block({ currentPage: num, pageSize: num, totalEntries: num }))),
})
