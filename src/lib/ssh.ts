/**
 * SSH command and `~/.ssh/config` block from what HPC-AI sends. Upstream strings never become shell
 * or ssh-config syntax: user, host and port are checked against what SSH accepts, and anything
 * else means "no command", with the reason. Nothing is ever quoted or escaped into shape.
 */
export interface NodePort {
  port: number
  address: string
  nodePort: number
}

declare const checked: unique symbol

/** A user, host and port that passed the checks below: the only input the builders take. */
export interface SshTarget {
  readonly user: string
  readonly host: string
  readonly port: number
  readonly [checked]: true
}

export type SshAccess =
  ({ kind: 'ready'; command: string } & SshTarget) | { kind: 'unavailable'; reason: string }

export const SSH_REASONS = {
  noPort: 'This instance exposes no SSH port (22).',
  noAddress: 'HPC-AI sent no address for the SSH port.',
  noUser: 'HPC-AI sent no user name for this instance.',
  badUser:
    'HPC-AI sent an SSH user name with characters SSH does not accept, so no command is shown.',
  badHost:
    'HPC-AI sent an SSH address that is not a host name or IP address, so no command is shown.',
  badPort: 'HPC-AI sent an SSH port outside 1-65535, so no command is shown.',
  notRunning: (status: string) =>
    `SSH works only while the instance is Running (it is ${status || 'in an unknown state'}).`,
}

const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?'
const HOSTNAME = new RegExp(`^${LABEL}(?:\\.${LABEL})*$`)
const OCTET = '(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])'
const IPV4 = new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`)
const HEX_GROUP = /^[0-9A-Fa-f]{1,4}$/

/** Letters, digits, dot, underscore and dash, not starting with a dash. */
export function isSshUser(value: string): boolean {
  return /^[A-Za-z0-9._-]+$/.test(value) && !value.startsWith('-')
}

function isIpv6(value: string): boolean {
  if (!/^[0-9A-Fa-f:.]+$/.test(value) || !value.includes(':')) return false
  const halves = value.split('::')
  if (halves.length > 2) return false
  const groups = halves.flatMap((half) => (half === '' ? [] : half.split(':')))
  let count = groups.length
  const last = groups.at(-1)
  if (last?.includes('.')) {
    if (!IPV4.test(last) || !value.endsWith(last)) return false
    groups.pop()
    count += 1 // an embedded IPv4 address fills two groups
  }
  if (!groups.every((group) => HEX_GROUP.test(group))) return false
  return halves.length === 2 ? count <= 7 : count === 8
}

/** A host name (RFC 1123 labels, at most 253 characters) or an IPv4 / IPv6 literal. */
export function isSshHost(value: string): boolean {
  return (value.length <= 253 && HOSTNAME.test(value)) || IPV4.test(value) || isIpv6(value)
}

export function isSshPort(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= 65_535
}

/** The parts as an SshTarget, or the reason (naming the field) why they cannot be one. */
export function sshTarget(parts: {
  user: string
  host: string
  port: number
}): SshTarget | { reason: string } {
  if (!isSshHost(parts.host)) return { reason: SSH_REASONS.badHost }
  if (!isSshPort(parts.port)) return { reason: SSH_REASONS.badPort }
  if (!isSshUser(parts.user)) return { reason: SSH_REASONS.badUser }
  return { user: parts.user, host: parts.host, port: parts.port } as SshTarget
}

/** `ssh -p <port> <user>@<host>`, as HPC-AI's console prints it. */
export function sshCommand(target: SshTarget): string {
  return `ssh -p ${target.port} ${target.user}@${target.host}`
}

/**
 * An instance's SSH access, made where it is shown (the drawer, the SSH config export) rather
 * than for every instance at load.
 */
export const sshOf = (instance: {
  status: string
  username: string
  nodePorts: NodePort[]
  region: { sshAddress: string }
}): SshAccess =>
  sshAccess({
    status: instance.status,
    username: instance.username,
    nodePorts: instance.nodePorts,
    fallbackAddress: instance.region.sshAddress,
  })

/** The command from the node port that maps port 22 (address, else the region's SSH address). */
export function sshAccess(input: {
  status: string
  username: string
  nodePorts: NodePort[]
  fallbackAddress: string
}): SshAccess {
  const ssh = input.nodePorts.find((entry) => entry.port === 22)
  if (!ssh) return { kind: 'unavailable', reason: SSH_REASONS.noPort }
  const host = ssh.address || input.fallbackAddress
  if (!host) return { kind: 'unavailable', reason: SSH_REASONS.noAddress }
  if (!input.username) return { kind: 'unavailable', reason: SSH_REASONS.noUser }
  const target = sshTarget({ user: input.username, host, port: ssh.nodePort })
  if ('reason' in target) return { kind: 'unavailable', reason: target.reason }
  if (input.status !== 'Running') {
    return { kind: 'unavailable', reason: SSH_REASONS.notRunning(input.status) }
  }
  return { kind: 'ready', command: sshCommand(target), ...target }
}
