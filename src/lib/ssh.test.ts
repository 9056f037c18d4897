import { describe, expect, it } from 'vitest'
import { sshAccess, sshConfigBlock } from './ssh'

const base = { status: 'Running', username: 'username', fallbackAddress: '122.0.0.9' }

describe('sshAccess', () => {
  it('builds the command from the port-22 entry when it comes first', () => {
    const access = sshAccess({
      ...base,
      nodePorts: [{ port: 22, address: '122.0.0.1', nodePort: 31674 }],
    })
    expect(access).toEqual({
      kind: 'ready',
      command: 'ssh -p 31674 username@122.0.0.1',
      host: '122.0.0.1',
      port: 31674,
      user: 'username',
    })
  })

  it('finds port 22 when it comes second', () => {
    const access = sshAccess({
      ...base,
      nodePorts: [
        { port: 8888, address: '122.0.0.1', nodePort: 30001 },
        { port: 22, address: '122.0.0.1', nodePort: 30002 },
      ],
    })
    expect(access.kind === 'ready' && access.command).toBe('ssh -p 30002 username@122.0.0.1')
  })

  it("falls back to the region's SSH address when the entry has none", () => {
    const access = sshAccess({ ...base, nodePorts: [{ port: 22, address: '', nodePort: 30002 }] })
    expect(access.kind === 'ready' && access.command).toBe('ssh -p 30002 username@122.0.0.9')
  })

  it('says why when there is no port 22, no address at all, or the instance is not running', () => {
    expect(
      sshAccess({ ...base, nodePorts: [{ port: 8888, address: 'x', nodePort: 1 }] }),
    ).toMatchObject({
      kind: 'unavailable',
      reason: expect.stringContaining('no SSH port') as string,
    })
    expect(
      sshAccess({
        ...base,
        fallbackAddress: '',
        nodePorts: [{ port: 22, address: '', nodePort: 1 }],
      }),
    ).toMatchObject({
      kind: 'unavailable',
      reason: expect.stringContaining('no address') as string,
    })
    expect(
      sshAccess({
        ...base,
        status: 'Stopped',
        nodePorts: [{ port: 22, address: 'x', nodePort: 1 }],
      }),
    ).toMatchObject({
      kind: 'unavailable',
      reason: expect.stringContaining('it is Stopped') as string,
    })
  })
})

describe('sshConfigBlock', () => {
  it('writes a Host block with a safe alias', () => {
    const access = sshAccess({
      ...base,
      nodePorts: [{ port: 22, address: '122.0.0.1', nodePort: 31674 }],
    })
    if (access.kind !== 'ready') throw new Error('expected ready')
    expect(sshConfigBlock(access, 'llama train #3')).toBe(
      'Host llama-train-3\n  HostName 122.0.0.1\n  Port 31674\n  User username',
    )
    expect(sshConfigBlock(access, '训练')).toMatch(/^Host hpcai-instance\n/)
  })
})
