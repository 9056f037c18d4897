import { describe, expect, it } from 'vitest'
import { isSshHost, sshAccess } from './ssh'
import { sshAlias, sshConfigBlock, uniqueAliases } from './ssh-config'

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

describe('sshAccess refuses unsafe parts, naming the field, never quoting them', () => {
  const running = (username: string, address: string, nodePort = 31674) =>
    sshAccess({ ...base, username, nodePorts: [{ port: 22, address, nodePort }] })
  const reason = (access: ReturnType<typeof sshAccess>) =>
    access.kind === 'unavailable' ? access.reason : `ready: ${access.command}`

  it.each([
    ['root$(touch /tmp/x)', 'user name'],
    ['-oProxyCommand=touch', 'user name'],
    ['root user', 'user name'],
    ["o'neil", 'user name'],
    ['root\n', 'user name'],
    ['用户', 'user name'],
  ])('user %j: %s', (username, field) => {
    expect(reason(running(username, '10.0.0.1'))).toBe(
      `HPC-AI sent an SSH ${field} with characters SSH does not accept, so no command is shown.`,
    )
  })

  it.each([
    "10.0.0.1\n  ProxyCommand sh -c 'touch /tmp/pwned'",
    '10.0.0.1 "-oProxyCommand=touch /tmp/pwned"',
    '-oProxyCommand=x',
    'host;rm',
    'a..b',
    'bad_host.example',
    ' 10.0.0.1',
    '[::1]',
    'fe80::1%eth0',
  ])('host %j', (address) => {
    expect(reason(running('root', address))).toBe(
      'HPC-AI sent an SSH address that is not a host name or IP address, so no command is shown.',
    )
  })

  it.each([0, -22, 65_536, 70_000, 22.5, Number.NaN])('port %d', (nodePort) => {
    expect(reason(running('root', '10.0.0.1', nodePort))).toBe(
      'HPC-AI sent an SSH port outside 1-65535, so no command is shown.',
    )
  })

  it('accepts host names, IPv4 and IPv6 literals, and the users SSH accepts', () => {
    for (const host of [
      'sg-1.hpc-ai.com',
      '122.xx.xx.202',
      '10.0.0.1',
      '::1',
      '2001:db8::8a2e:370:7334',
      '::ffff:10.0.0.1',
      '1:2:3:4:5:6:7:8',
    ])
      expect(isSshHost(host), host).toBe(true)
    for (const host of [
      '1:2:3:4:5:6:7',
      '1::2::3',
      '1.2.3.4::',
      ':1',
      '12345::',
      `${'a'.repeat(64)}.com`,
    ])
      expect(isSshHost(host), host).toBe(false)
    expect(running('ubuntu.dev_01-x', 'sg-1.hpc-ai.com', 65_535)).toMatchObject({
      kind: 'ready',
      command: 'ssh -p 65535 ubuntu.dev_01-x@sg-1.hpc-ai.com',
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

describe('sshAlias and uniqueAliases', () => {
  it('lower-cases, keeps [a-z0-9-], collapses and trims dashes, falls back when empty', () => {
    expect(sshAlias('Llama_Train.v2 -- (eu)')).toBe('llama-train-v2-eu')
    expect(sshAlias('---')).toBe('hpcai-instance')
    expect(sshAlias('')).toBe('hpcai-instance')
    expect(sshAlias('*')).toBe('hpcai-instance')
    expect(sshAlias(`${'a'.repeat(62)}-b`)).toBe('a'.repeat(62))
  })

  it('makes aliases unique in order, without colliding with a later literal name', () => {
    expect(uniqueAliases(['Llama', 'llama', 'LLAMA!', 'llama-2', '训练', '训练'])).toEqual([
      'llama',
      'llama-2',
      'llama-3',
      'llama-2-2',
      'hpcai-instance',
      'hpcai-instance-2',
    ])
  })

  it('keeps suffixed aliases within 63 characters, so a config block keeps them apart', () => {
    const long = 'a'.repeat(70)
    const aliases = uniqueAliases([long, long, long])
    expect(aliases).toEqual(['a'.repeat(63), `${'a'.repeat(61)}-2`, `${'a'.repeat(61)}-3`])
    for (const alias of aliases) expect(sshAlias(alias)).toBe(alias)
  })
})
