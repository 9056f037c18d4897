import specExample from '../../sim/spec-example.json'
import type { Instance } from '../api/instance'
import { parseInstancePage } from './parse-instance-page'

export type ExampleItem = (typeof specExample.instances)[number]

/** The API spec's example instance, changed by `patch`, through the real parser. */
export function instanceFromExample(
  patch: (item: ExampleItem) => void = () => undefined,
): Instance {
  const item = structuredClone(specExample.instances[0])
  if (!item) throw new Error('the spec example has no instance')
  patch(item)
  const [instance] = parseInstancePage(
    { instances: [item], pager: null },
    { page: 1, pageSize: 50 },
  ).instances
  if (!instance) throw new Error('the example did not parse')
  return instance
}
