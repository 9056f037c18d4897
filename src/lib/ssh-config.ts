/**
 * `~/.ssh/config` text from a validated target: only what the drawer's config block and the
 * SSH config export need (kept apart from ssh.ts, which the list parser loads on first paint).
 */
import type { SshTarget } from './ssh'

const FALLBACK_ALIAS = 'hpcai-instance'
const RESERVED_PREFIX = 'hpcai-'
const MAX_ALIAS = 63

/**
 * Aliases that would capture what the user means by another host: this machine's names (Debian's
 * /etc/hosts) and what inet_aton reads as an IPv4 address without dots (`2130706433`,
 * `0x7f000001`, `40`). Dots, colons, `*`, `?`, `!` and `,` never reach an alias at all.
 */
const RESERVED_ALIAS =
  /^(?:localhost\d*|ip6-(?:localhost|loopback|localnet|mcastprefix|allnodes|allrouters)|broadcasthost|\d+|0x[0-9a-f]*)$/

/**
 * A Host alias from an instance name: lower-case `[a-z0-9-]`, dashes collapsed and trimmed, at
 * most 63 characters, never empty, never a name or address of another host (`localhost` becomes
 * `hpcai-localhost`). Applying it to its own output changes nothing.
 */
export function sshAlias(name: string): string {
  const alias = trimmed(
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, ''),
  )
  if (!alias) return FALLBACK_ALIAS
  return RESERVED_ALIAS.test(alias) ? trimmed(`${RESERVED_PREFIX}${alias}`) : alias
}

const trimmed = (alias: string) => alias.slice(0, MAX_ALIAS).replace(/-+$/, '')

/**
 * One alias per name, in order; a repeated alias gets `-2`, `-3`, … until it is unused. The base is
 * shortened to make room for the suffix, so every alias stays one `sshAlias` leaves as it is.
 */
export function uniqueAliases(names: readonly string[]): string[] {
  const used = new Set<string>()
  return names.map((name) => {
    const base = sshAlias(name)
    let alias = base
    for (let n = 2; used.has(alias); n++) {
      const suffix = `-${n}`
      alias = `${base.slice(0, MAX_ALIAS - suffix.length).replace(/-+$/, '')}${suffix}`
    }
    used.add(alias)
    return alias
  })
}

/** A `~/.ssh/config` Host block: exactly `Host`, `HostName`, `Port` and `User` lines. */
export function sshConfigBlock(target: SshTarget, name: string): string {
  return [
    `Host ${sshAlias(name)}`,
    `  HostName ${target.host}`,
    `  Port ${target.port}`,
    `  User ${target.user}`,
  ].join('\n')
}
