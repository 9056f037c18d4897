export interface NodePort {
  port: number
  address: string
  nodePort: number
}

export type SshAccess =
  | { kind: 'ready'; command: string; host: string; port: number; user: string }
  | { kind: 'unavailable'; reason: string }

/** `ssh -p <nodePort> <user>@<address>` from the node port that maps port 22, as HPC-AI's console prints it. */
export function sshAccess(input: {
  status: string
  username: string
  nodePorts: NodePort[]
  fallbackAddress: string
}): SshAccess {
  const ssh = input.nodePorts.find((entry) => entry.port === 22)
  if (!ssh) return { kind: 'unavailable', reason: 'This instance exposes no SSH port (22).' }
  const host = ssh.address || input.fallbackAddress
  if (!host) return { kind: 'unavailable', reason: 'HPC-AI sent no address for the SSH port.' }
  if (!input.username)
    return { kind: 'unavailable', reason: 'HPC-AI sent no user name for this instance.' }
  if (input.status !== 'Running') {
    return {
      kind: 'unavailable',
      reason: `SSH works only while the instance is Running (it is ${input.status || 'in an unknown state'}).`,
    }
  }
  const command = `ssh -p ${ssh.nodePort} ${input.username}@${host}`
  return { kind: 'ready', command, host, port: ssh.nodePort, user: input.username }
}

/** A `~/.ssh/config` Host block for the same connection, with an alias made from the instance name. */
export function sshConfigBlock(
  access: Extract<SshAccess, { kind: 'ready' }>,
  name: string,
): string {
  const alias = name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'hpcai-instance'
  return [
    `Host ${alias}`,
    `  HostName ${access.host}`,
    `  Port ${access.port}`,
    `  User ${access.user}`,
  ].join('\n')
}
