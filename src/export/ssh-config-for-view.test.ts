import { describe, expect, it } from 'vitest'
import { SSH_REASONS } from '../lib/ssh'
import { parseInstancePage } from '../testing/parse-instance-page'
import { sshConfigForView } from './ssh-config-for-view'

interface Item {
  id: string
  name: string
  status?: string
  user?: string
  ports?: { port: number; address: string; nodePort: number }[]
}

function instances(...items: Item[]) {
  const raw = items.map((item) => ({
    instanceMetadata: { instanceId: item.id, instanceUsername: item.user ?? 'root' },
    instanceSpecInfo: {
      name: item.name,
      nodePorts: item.ports ?? [{ port: 22, address: '10.0.0.1', nodePort: 30_022 }],
      regionInfo: { sshAddress: '' },
    },
    instanceRuntimeInfo: { status: item.status ?? 'Running' },
  }))
  return parseInstancePage(
    { instances: raw, pager: { currentPage: 1, pageSize: 50, totalEntries: raw.length } },
    { page: 1, pageSize: 50 },
  ).instances
}

const DIRECTIVE =
  /^(Host [a-z0-9-]+| {2}HostName [A-Za-z0-9.:-]+| {2}Port [0-9]+| {2}User [A-Za-z0-9._-]+)$/

describe('sshConfigForView', () => {
  it('writes one Host block per running instance, aliases unique across the view', () => {
    const config = sshConfigForView(
      instances(
        { id: 'a', name: 'Llama Train' },
        { id: 'b', name: 'llama-train' },
        { id: 'c', name: '训练-节点-40' },
        { id: 'd', name: '训练-节点-41' },
      ),
    )
    expect(config.hosts.map((host) => host.alias)).toEqual([
      'llama-train',
      'llama-train-2',
      'hpcai-40',
      'hpcai-41',
    ])
    expect(config.text).toBe(
      [
        'Host llama-train\n  HostName 10.0.0.1\n  Port 30022\n  User root',
        'Host llama-train-2\n  HostName 10.0.0.1\n  Port 30022\n  User root',
        'Host hpcai-40\n  HostName 10.0.0.1\n  Port 30022\n  User root',
        'Host hpcai-41\n  HostName 10.0.0.1\n  Port 30022\n  User root',
      ].join('\n\n') + '\n',
    )
    expect(config.skipped).toEqual([])
  })

  it('keeps aliases of long, alike names apart', () => {
    const long = 'x'.repeat(80)
    const config = sshConfigForView(
      instances({ id: 'a', name: long }, { id: 'b', name: long }, { id: 'c', name: long }),
    )
    const hosts = config.text.split('\n').filter((line) => line.startsWith('Host '))
    expect(new Set(hosts).size).toBe(3)
  })

  it('lists every skipped instance with the reason, in view order', () => {
    const config = sshConfigForView(
      instances(
        { id: 'stopped', name: 'stopped', status: 'Stopped' },
        { id: 'starting', name: 'starting', status: 'Starting', ports: [] },
        { id: 'no-port', name: 'no-port', ports: [] },
        { id: 'bad-user', name: 'bad-user', user: 'root$(touch /tmp/x)' },
        {
          id: 'bad-host',
          name: 'bad-host',
          ports: [{ port: 22, address: "10.0.0.1\n  ProxyCommand sh -c 'x'", nodePort: 22 }],
        },
        { id: 'bad-port', name: 'bad-port', ports: [{ port: 22, address: 'h', nodePort: 70_000 }] },
        { id: 'ok', name: 'ok' },
      ),
    )
    expect(config.skipped).toEqual([
      { id: 'stopped', name: 'stopped', reason: SSH_REASONS.notRunning('Stopped') },
      { id: 'starting', name: 'starting', reason: SSH_REASONS.notRunning('Starting') },
      { id: 'no-port', name: 'no-port', reason: SSH_REASONS.noPort },
      { id: 'bad-user', name: 'bad-user', reason: SSH_REASONS.badUser },
      { id: 'bad-host', name: 'bad-host', reason: SSH_REASONS.badHost },
      { id: 'bad-port', name: 'bad-port', reason: SSH_REASONS.badPort },
    ])
    expect(config.hosts.map((host) => host.id)).toEqual(['ok'])
    for (const line of config.text.split('\n').filter(Boolean)) expect(line).toMatch(DIRECTIVE)
  })

  it('is empty text when no instance qualifies', () => {
    expect(sshConfigForView(instances({ id: 'a', name: 'a', status: 'Stopped' })).text).toBe('')
  })
})
