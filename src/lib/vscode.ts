/**
 * "Open in VS Code" for an SSH target that passed ssh.ts's checks: a vscode:// link that opens a
 * Remote-SSH window on the instance. The link's authority is `ssh-remote+user@host:port` (Remote-SSH
 * reads the user before the last "@" and the port after the last ":"); where that would not read
 * back as the same target (an IPv6 address has colons; VS Code lower-cases the authority, which would
 * change a user or host with capitals) it is the form Remote-SSH also reads: the hex of
 * {"hostName","user","port"} as JSON. Only a validated SshTarget goes in, so nothing needs escaping.
 */
import type { SshTarget } from './ssh'

const hex = (text: string) =>
  Array.from(new TextEncoder().encode(text), (byte) => byte.toString(16).padStart(2, '0')).join('')

/** What follows `ssh-remote+`: `user@host:port`, or the hex-encoded JSON where that would not round-trip. */
export function remoteSshHost(target: SshTarget): string {
  const plain = `${target.user}@${target.host}:${target.port}`
  if (!target.host.includes(':') && plain === plain.toLowerCase()) return plain
  return hex(JSON.stringify({ hostName: target.host, user: target.user, port: target.port }))
}

/** The folder to open: the user's home as Linux lays it out (/root for root). */
export function homeFolder(user: string): string {
  return user === 'root' ? '/root' : `/home/${user}`
}

/** `vscode://vscode-remote/ssh-remote+root@203.0.113.7:30022/root` */
export function vscodeRemoteLink(target: SshTarget): string {
  return `vscode://vscode-remote/ssh-remote+${remoteSshHost(target)}${homeFolder(target.user)}`
}
