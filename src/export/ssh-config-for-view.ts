import type { Instance } from '../api/instance'
import { SSH_REASONS, sshOf, type SshAccess } from '../lib/ssh'
import { sshConfigBlock, uniqueAliases } from '../lib/ssh-config'

export interface SshHost {
  alias: string
  id: string
  name: string
}

export interface SkippedInstance {
  id: string
  name: string
  reason: string
}

export interface SshConfigForView {
  /** The `~/.ssh/config` fragment: Host, HostName, Port and User lines, blocks apart by a blank line. */
  text: string
  hosts: SshHost[]
  skipped: SkippedInstance[]
}

/**
 * One Host block per Running instance of the view whose SSH target passed the checks of
 * src/lib/ssh.ts, with aliases unique across the view; every other instance with the reason it has
 * no block. Only the validated target and the alias become config text, never upstream strings.
 */
export function sshConfigForView(rows: readonly Instance[]): SshConfigForView {
  const ready: { instance: Instance; target: Extract<SshAccess, { kind: 'ready' }> }[] = []
  const skipped: SkippedInstance[] = []
  for (const instance of rows) {
    const ssh = sshOf(instance)
    if (instance.status !== 'Running') {
      skipped.push({ ...named(instance), reason: SSH_REASONS.notRunning(instance.status) })
    } else if (ssh.kind === 'unavailable') {
      skipped.push({ ...named(instance), reason: ssh.reason })
    } else ready.push({ instance, target: ssh })
  }
  const aliases = uniqueAliases(ready.map((entry) => entry.instance.name))
  const hosts = ready.map((entry, index) => ({
    ...named(entry.instance),
    alias: aliases[index] ?? '',
  }))
  const blocks = ready.map((entry, index) => sshConfigBlock(entry.target, aliases[index] ?? ''))
  return { text: blocks.length ? `${blocks.join('\n\n')}\n` : '', hosts, skipped }
}

function named(instance: Instance): { id: string; name: string } {
  return { id: instance.id, name: instance.name }
}
