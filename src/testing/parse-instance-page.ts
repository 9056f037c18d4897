import { jupyterTemplate } from '../lib/config'
import { parseItems, readEnvelope, type InstancePage } from '../api/parse-page'

/** Both steps of the loader at once: one list answer into view-model instances. */
export function parseInstancePage(
  json: unknown,
  requested: { page: number; pageSize: number },
  template = jupyterTemplate,
): InstancePage {
  const { pager, items } = readEnvelope(json, requested)
  return { ...parseItems(items, template), pager }
}
