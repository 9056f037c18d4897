import { describe, expect, it } from 'vitest'
import { HOSTILE_SSH } from './hostile-ssh.ts'
import { World } from './world.ts'

describe('hostile SSH payloads', () => {
  const world = new World({ instances: 3, seed: 1, demo: false, hostile: true })
  const find = (prefix: string) =>
    world.instances.find((item) => {
      const id = (item as { instanceMetadata?: { instanceId?: unknown } | null } | null)
        ?.instanceMetadata?.instanceId
      return typeof id === 'string' && id.startsWith(prefix)
    })

  it.each(HOSTILE_SSH)(
    '$field payload rides on $idPrefix, running, with one port-22 entry',
    (payload) => {
      const item = find(payload.idPrefix)
      if (!item) throw new Error(`no item ${payload.idPrefix}`)
      // The markup item's status is markup followed by Running.
      expect(item.instanceRuntimeInfo.status).toMatch(/Running$/)
      const [entry, ...rest] = item.instanceSpecInfo.nodePorts ?? []
      expect(rest).toEqual([])
      expect(entry?.port).toBe(22)
      if (payload.field === 'user')
        expect(item.instanceMetadata.instanceUsername).toBe(payload.value)
      if (payload.field === 'port') expect(entry?.nodePort).toBe(payload.value)
      if (payload.field === 'host') {
        expect(entry?.address).toBe(payload.value)
        expect(item.instanceSpecInfo.regionInfo.sshAddress).toBe(payload.value)
      }
    },
  )

  it('includes the two payloads of issue 11 verbatim', () => {
    const values = HOSTILE_SSH.map((payload) => payload.value)
    expect(values).toContain('root$(touch /tmp/x)')
    expect(values).toContain("10.0.0.1\n  ProxyCommand sh -c 'touch /tmp/pwned'")
  })
})
