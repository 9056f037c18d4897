/**
 * Strings that would run a command if an SSH command or `~/.ssh/config` block were built from
 * them (issue 11). Each rides on one of the hostile items (hostile.ts), given a port-22 entry that
 * is otherwise sound, so the dashboard must refuse exactly the field named here (host is checked
 * first, so the markup item, whose user and status are markup too, is refused for its host). The
 * markup item's id continues with markup, hence a prefix.
 */
export const HOSTILE_SSH = [
  { idPrefix: 'notebook-hostile-js-link', field: 'user', value: 'root$(touch /tmp/x)' },
  {
    idPrefix: 'notebook-hostile-data-link',
    field: 'host',
    value: "10.0.0.1\n  ProxyCommand sh -c 'touch /tmp/pwned'",
  },
  { idPrefix: 'notebook-hostile-long-name', field: 'port', value: 70_000 },
  {
    idPrefix: 'notebook-hostile-markup-',
    field: 'host',
    value: '10.0.0.1 "-oProxyCommand=touch /tmp/pwned"',
  },
] as const

type Item = Record<string, Record<string, unknown> | null | undefined>
type Payload = (typeof HOSTILE_SSH)[number]

function idOf(item: unknown): unknown {
  return (item as Item | null)?.instanceMetadata?.instanceId
}

/** The user payload goes in instanceUsername; a host in the port-22 address and regionInfo.sshAddress. */
function withPayload(item: Item, payload: Payload): void {
  const spec = item.instanceSpecInfo ?? {}
  const entry = { port: 22, address: '10.0.0.1', nodePort: 31674 }
  if (payload.field === 'user') {
    item.instanceMetadata = { ...item.instanceMetadata, instanceUsername: payload.value }
  } else if (payload.field === 'port') {
    entry.nodePort = payload.value
  } else {
    entry.address = payload.value
    spec.regionInfo = { ...(spec.regionInfo as object | undefined), sshAddress: payload.value }
  }
  spec.nodePorts = [entry]
  item.instanceSpecInfo = spec
}

/** Puts each payload on the item whose id starts with its prefix (mutates the items given). */
export function withSshPayloads(items: unknown[]): unknown[] {
  for (const payload of HOSTILE_SSH) {
    const item = items.find((candidate) => {
      const id = idOf(candidate)
      return typeof id === 'string' && id.startsWith(payload.idPrefix)
    })
    if (item) withPayload(item as Item, payload)
  }
  return items
}
