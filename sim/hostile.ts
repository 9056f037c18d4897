/**
 * Instances crafted to break a careless client: markup and script in every string, non-http
 * links, wrong types, nulls, missing blocks, impossible disks, duplicate ids, zero timestamps.
 * Served (appended to the normal data) when the simulator runs with `hostile: true`. Four of them
 * also carry SSH injection payloads (hostile-ssh.ts).
 */
import { withSshPayloads } from './hostile-ssh.ts'

const XSS = `<img src=x onerror="window.__pwned=1;alert(1)"><script>window.__pwned=1</script>`

function everyString(value: unknown, text: string): unknown {
  if (typeof value === 'string') return `${text}${value}`
  if (Array.isArray(value)) return value.map((item) => everyString(item, text))
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, everyString(item, text)]),
    )
  }
  return value
}

export function hostileInstances(template: unknown): unknown[] {
  const base = template as { instanceMetadata: { instanceId: string } }
  const withId = (id: string, patch: (item: Record<string, Record<string, unknown>>) => void) => {
    const item = structuredClone(template) as Record<string, Record<string, unknown>>
    ;(item.instanceMetadata as { instanceId: string }).instanceId = id
    patch(item)
    return item
  }
  const markup = everyString(template, XSS) as Record<string, Record<string, unknown>>
  ;(markup.instanceMetadata as { instanceId: string }).instanceId = `notebook-hostile-markup-${XSS}`
  return withSshPayloads([
    markup,
    withId('notebook-hostile-js-link', (item) => {
      item.instanceRuntimeInfo = {
        ...item.instanceRuntimeInfo,
        subUrl: 'javascript:window.__pwned=1',
      }
      item.instanceSpecInfo = {
        ...item.instanceSpecInfo,
        regionInfo: { domain: 'javascript:alert(1)//' },
      }
    }),
    withId('notebook-hostile-data-link', (item) => {
      item.instanceRuntimeInfo = {
        ...item.instanceRuntimeInfo,
        subUrl: 'data:text/html,<script>window.__pwned=1</script>',
      }
    }),
    withId('notebook-hostile-types', (item) => {
      item.instanceSpecInfo = {
        name: 42,
        instanceBillingInfo: { price: '3.5', chargeMode: 'perDay', duration: 'forever' },
        instanceTypeInfo: {
          gpu: { amount: '4', type: { nested: true } },
          cpu: null,
          memory: 'lots',
        },
        nodePorts: [{ port: '22', address: null, nodePort: 'x' }, null, 'junk'],
        regionInfo: [],
        remoteStorages: { not: 'an array' },
        imageInfo: { tags: 'not-an-array' },
        isSpotInstance: 'yes',
      }
      item.instanceRuntimeInfo = {
        status: 'Hibernating',
        healthy: 'unknown',
        createAtUnixMs: 0,
        stopTimestamp: -5,
        scheduledStopTimestamp: 'soon',
        instanceDiskUsageInfo: { rootDiskUsedGi: 120, dataDiskUsedGi: 5 },
        instanceDiskAmountInfo: { rootDiskAmountGi: 0, dataDiskAmountGi: -10 },
      }
    }),
    withId('notebook-hostile-nulls', (item) => {
      item.instanceSpecInfo = null as unknown as Record<string, unknown>
      item.instanceRuntimeInfo = null as unknown as Record<string, unknown>
    }),
    withId('notebook-hostile-missing', (item) => {
      delete item.instanceSpecInfo
      delete item.instanceRuntimeInfo
    }),
    withId('notebook-hostile-long-name', (item) => {
      item.instanceSpecInfo = {
        ...item.instanceSpecInfo,
        name: `${'很长的名字-'.repeat(40)}${'x'.repeat(300)}`,
      }
      item.instanceRuntimeInfo = {
        ...item.instanceRuntimeInfo,
        instanceDiskUsageInfo: { rootDiskUsedGi: 75, dataDiskUsedGi: 0 },
        instanceDiskAmountInfo: { rootDiskAmountGi: 50, dataDiskAmountGi: 0 },
      }
    }),
    // The same id twice: the second copy must be dropped, not shown.
    withId(base.instanceMetadata.instanceId, () => undefined),
    // No id at all: cannot be keyed, so it is counted as unreadable.
    withId('', () => undefined),
    { instanceMetadata: null },
    'not even an object',
  ])
}
