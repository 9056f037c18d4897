import { describe, expect, it } from 'vitest'
import { sshTarget, type SshTarget } from './ssh'
import { remoteSshHost, vscodeRemoteLink } from './vscode'

function target(user: string, host: string, port: number): SshTarget {
  const result = sshTarget({ user, host, port })
  if ('reason' in result) throw new Error(result.reason)
  return result
}

/** How Remote-SSH reads an authority back (its SSHDestination.parse / parseEncoded). */
function readBack(authority: string): { user: string; host: string; port: number } {
  if (/^[0-9a-f]+$/.test(authority) && authority.length % 2 === 0) {
    const bytes = Uint8Array.from(authority.match(/../g) ?? [], (pair) => parseInt(pair, 16))
    const json = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>
    return { user: String(json.user), host: String(json.hostName), port: Number(json.port) }
  }
  const at = authority.lastIndexOf('@')
  const colon = authority.lastIndexOf(':')
  return {
    user: authority.slice(0, at),
    host: authority.slice(at + 1, colon),
    port: Number(authority.slice(colon + 1)),
  }
}

describe('Open in VS Code', () => {
  it('links a plain target as user@host:port with the home folder', () => {
    expect(vscodeRemoteLink(target('root', '203.0.113.7', 30022))).toBe(
      'vscode://vscode-remote/ssh-remote+root@203.0.113.7:30022/root',
    )
    expect(vscodeRemoteLink(target('ubuntu', 'gpu-1.example.com', 22))).toBe(
      'vscode://vscode-remote/ssh-remote+ubuntu@gpu-1.example.com:22/home/ubuntu',
    )
  })

  it('encodes what the plain form would change (IPv6 colons, capitals VS Code lower-cases)', () => {
    const v6 = remoteSshHost(target('root', '2001:db8::1', 2222))
    expect(v6).toMatch(/^[0-9a-f]+$/)
    expect(readBack(v6)).toEqual({ user: 'root', host: '2001:db8::1', port: 2222 })
    const capitals = remoteSshHost(target('Alice', 'GPU.example.com', 22))
    expect(readBack(capitals.toLowerCase())).toEqual({
      user: 'Alice',
      host: 'GPU.example.com',
      port: 22,
    })
  })

  it('always reads back as the same target, lower-cased or not', () => {
    for (const t of [
      target('root', '10.0.0.1', 1),
      target('a.b-c_d', 'x.y', 65535),
      target('root', '::ffff:10.0.0.1', 22),
    ]) {
      const authority = remoteSshHost(t).toLowerCase()
      expect(readBack(authority)).toEqual({ user: t.user, host: t.host, port: t.port })
    }
  })
})
