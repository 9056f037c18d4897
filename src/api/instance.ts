import type { DiskUsage } from '../lib/disk'
import type { NodePort } from '../lib/ssh'
import type { StatusGroup } from '../lib/status'

/** One instance as every component sees it: flat, normalised, never the raw API shape. */
export interface Instance {
  id: string
  name: string
  username: string
  owner: string
  status: string
  statusGroup: StatusGroup
  healthy: boolean | null
  phase: string
  message: string
  diagnosisReason: string
  diagnosisMessage: string
  createdAt: number | null
  stoppedAt: number | null
  scheduledStopAt: number | null
  gpuCount: number
  gpuType: string
  gpuUnit: string
  cpuCount: number | null
  cpuType: string
  cpuUnit: string
  memory: { amount: number | null; unit: string; type: string }
  systemDisk: { amount: number | null; unit: string; type: string }
  instanceType: { id: string; name: string }
  region: {
    id: string
    name: string
    location: string
    domain: string
    sshAddress: string
    value: string
  }
  billing: {
    chargeMode: string
    price: number | null
    unit: string
    duration: number | null
    type: string
    hourly: number | null
  }
  isSpot: boolean
  image: { name: string; tags: string[]; type: string; architecture: string; isPublic: string }
  configuration: {
    enableCommonData: boolean | null
    enableDocker: boolean | null
    dockerStorageSize: number | null
    rootDiskRequestGi: number | null
    dataDiskRequestGi: number | null
  }
  remoteStorages: string[]
  nodePorts: NodePort[]
  rootDisk: DiskUsage
  dataDisk: DiskUsage
  /** The fuller of the two disks in percent, for the table. */
  diskPercent: number | null
  /** The notebook's path: jupyterUrlOf(instance) makes the link where one is shown. */
  subUrl: string
  /** The name as a natural-order sort key (see naturalKey). */
  sortName: string
  /** Lower-cased name, id, GPU type, region, image and user, precomputed for search. */
  searchText: string
  /**
   * The item exactly as received when the fields above cannot give it back (it is not of the
   * documented shape), else undefined: read what HPC-AI sent with `rawOf(instance)`.
   */
  rawKept: unknown
}
