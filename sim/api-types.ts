/**
 * The wire shapes of POST /api/instance/list, as the simulator serves them (see the API reference
 * copies in docs/api/: instance-list-api.txt and api-facts.md).
 */
export interface RawNodePort {
  port: number
  address: string
  nodePort: number
}

export interface RawAmount {
  amount: number
  type: string
  unit: string
}

export interface RawInstance {
  instanceMetadata: {
    instanceAuth: { ownerUserName: string }
    instanceId: string
    instanceUsername: string
  }
  instanceSpecInfo: {
    name: string
    instanceBillingInfo: {
      chargeMode: string
      duration: number
      price: number
      unit: string
      type: string
    }
    imageInfo: {
      architecture: string
      isPublic: string
      name: string
      tags: string[] | null
      type: string
    }
    instanceConfiguration: {
      enableCommonData: boolean
      enableDocker: boolean
      InstanceDiskAmountRequest: { rootDiskAmountGiReq: number; dataDiskAmountGiReq: number }
      dockerStorageSize: number
    }
    instanceTypeInfo: {
      instanceId: string
      instanceTypeName: string
      cpu: RawAmount
      memory: RawAmount
      gpu: RawAmount
      disk: RawAmount
    }
    regionInfo: {
      domain: string
      location: string
      name: string
      sshAddress: string
      value: string
      regionId: string
    }
    remoteStorages: unknown[] | null
    nodePorts: RawNodePort[] | null
    isSpotInstance: boolean
  }
  instanceRuntimeInfo: {
    createAtUnixMs: number
    status: string
    phase: string
    message: string
    diagnosisReason: string
    diagnosisMessage: string
    healthy: boolean
    subUrl: string
    instanceDiskUsageInfo: { rootDiskUsedGi: number; dataDiskUsedGi: number }
    instanceDiskAmountInfo: { rootDiskAmountGi: number; dataDiskAmountGi: number }
    stopTimestamp: number
    scheduledStopTimestamp: number
  }
}

export interface RawPager {
  currentPage: number
  pageSize: number
  totalEntries: number
}

export interface RawListResponse {
  instances: RawInstance[]
  pager: RawPager
}

export const NOT_LOGGED_IN = {
  code: -1,
  message: 'Not logged in or login expired, please log in again',
} as const
