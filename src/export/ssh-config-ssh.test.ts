import { afterAll, describe, expect, it } from 'vitest'
import { parseInstancePage } from '../testing/parse-instance-page'
import { sshConfigForView } from './ssh-config-for-view'

// The app's tsconfig has no Node types, hence the narrow types of the few functions used.
interface NodeProcess {
  env: Record<string, string | undefined>
  getBuiltinModule(id: 'node:child_process'): {
    execFileSync: (file: string, args: string[], options: { encoding: 'utf8' }) => string
  }
  getBuiltinModule(id: 'node:fs'): {
    mkdtempSync: (prefix: string) => string
    writeFileSync: (path: string, text: string) => void
    rmSync: (path: string, options: { recursive: boolean; force: boolean }) => void
  }
}
const node = (globalThis as unknown as { process: NodeProcess }).process
const { execFileSync } = node.getBuiltinModule('node:child_process')
const { mkdtempSync, rmSync, writeFileSync } = node.getBuiltinModule('node:fs')
const join = (...parts: string[]) => parts.join('/')

const SSH = node.env.SSH_PATH ?? '/usr/bin/ssh'
const dir = mkdtempSync('/tmp/hpcai-ssh-')
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Names a user would not want an alias made of: this machine, IP literals, patterns. */
const NAMES = [
  'localhost',
  'LOCALHOST',
  'localhost6',
  'ip6-localhost',
  'ip6-loopback',
  '127.0.0.1',
  '::1',
  '2130706433',
  '0x7f000001',
  '0',
  '40',
  '*',
  '!prod',
  'a,b',
  'web?',
  'github.com',
  'build-01',
]

function instances(names: readonly string[]) {
  const raw = names.map((name, index) => ({
    instanceMetadata: { instanceId: `notebook-${index}`, instanceUsername: 'root' },
    instanceSpecInfo: {
      name,
      nodePorts: [{ port: 22, address: '203.0.113.7', nodePort: 30_000 + index }],
      regionInfo: { sshAddress: '' },
    },
    instanceRuntimeInfo: { status: 'Running' },
  }))
  return parseInstancePage(
    { instances: raw, pager: { currentPage: 1, pageSize: 50, totalEntries: raw.length } },
    { page: 1, pageSize: 50 },
  ).instances
}

/** What real ssh makes of a host name with only this config: `ssh -G -F FILE HOST`. */
function resolved(config: string, host: string): { hostname: string; port: string } {
  const out = execFileSync(SSH, ['-G', '-F', config, host], { encoding: 'utf8' })
  const option = (name: string) => new RegExp(`^${name} (.*)$`, 'm').exec(out)?.[1] ?? ''
  return { hostname: option('hostname'), port: option('port') }
}

describe('the SSH config export, read by real ssh -G', () => {
  const view = sshConfigForView(instances(NAMES))
  const file = join(dir, 'config')
  writeFileSync(file, view.text)

  it('makes aliases that are never localhost, an IP literal or a pattern', () => {
    for (const { alias } of view.hosts) {
      expect(alias).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
      expect(alias).not.toMatch(/^(?:localhost\d*|ip6-[a-z]+|\d+|0x[0-9a-f]*)$/)
    }
    expect(view.hosts.map((host) => host.alias).slice(0, 3)).toEqual([
      'hpcai-localhost',
      'hpcai-localhost-2',
      'hpcai-localhost6',
    ])
  })

  it('sends each alias to its own instance, and nothing else anywhere', () => {
    view.hosts.forEach(({ alias }, index) => {
      expect(resolved(file, alias), alias).toEqual({
        hostname: '203.0.113.7',
        port: String(30_000 + index),
      })
    })
    for (const other of [
      'localhost',
      '127.0.0.1',
      '2130706433',
      '0x7f000001',
      '40',
      'github.com',
      'example',
    ]) {
      // No block applies: ssh keeps the name (or, for 2130706433, reads the address it spells).
      const { hostname, port } = resolved(file, other)
      expect([hostname, port], other).toEqual([expect.not.stringMatching(/^203\.0\.113\.7$/), '22'])
    }
  })
})
