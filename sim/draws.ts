import type { RawNodePort } from './api-types.ts'
import { STATUS_WEIGHTS, STATUSES } from './catalog.ts'
import type { Random } from './random.ts'

/** The generator's small draws (data.ts): each takes the seed's stream, so their order matters. */
export function weightedStatus(random: Random): string {
  const total = Object.values(STATUS_WEIGHTS).reduce((sum, weight) => sum + weight, 0)
  let roll = random.next() * total
  for (const status of STATUSES) {
    roll -= STATUS_WEIGHTS[status]
    if (roll < 0) return status
  }
  return 'Running'
}

export function nodePorts(random: Random, index: number, address: string): RawNodePort[] | null {
  const ssh = { port: 22, address, nodePort: 30_000 + random.int(0, 2767) }
  const jupyter = { port: 8888, address, nodePort: 30_000 + random.int(0, 2767) }
  switch (index % 7) {
    case 3:
      return [jupyter, ssh] // port 22 is not always first
    case 5:
      return [{ ...ssh, address: '' }] // no address: fall back to regionInfo.sshAddress
    case 6:
      return index % 14 === 6 ? null : [jupyter] // null, or no SSH port at all
    default:
      return [ssh, jupyter]
  }
}

const DISK_FILL = [
  0, 0.02, 0.05, 0.08, 0.12, 0.2, 0.3, 0.41, 0.55, 0.62, 0.68, 0.75, 0.82, 0.86, 0.93, 0.97,
]

export function diskUsage(random: Random, total: number, overCapacity: boolean): number {
  if (total === 0) return 0
  if (overCapacity) return Math.round(total * 1.04 * 100) / 100 // it happens: usage above the quota
  const fraction = random.pick(DISK_FILL)
  return Math.round(total * fraction * 100) / 100
}
