import { Interner } from '../api/interner'
import { lenientReader } from '../api/lenient-reader'
import { documentedEnvelope, parseItems, type InstancePage, type RawPage } from '../api/parse-page'

/** The loader's reading of an envelope, at once: tests load the lenient reader up front. */
export const readEnvelopeNow = (
  json: unknown,
  requested: { page: number; pageSize: number },
): RawPage => documentedEnvelope(json, requested) ?? lenientReader.readEnvelope(json, requested)

/** Both steps of the loader at once: one list answer into view-model instances. */
export function parseInstancePage(
  json: unknown,
  requested: { page: number; pageSize: number },
): InstancePage {
  const { pager, items } = readEnvelopeNow(json, requested)
  return { ...parseItems(items, new Interner(), lenientReader), pager }
}
