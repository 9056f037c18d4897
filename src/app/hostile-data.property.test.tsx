import fc from 'fast-check'
import { jupyterUrlOf } from '../lib/jupyter'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import specExample from '../../sim/spec-example.json'
import { ApiError } from '../api/errors'
import type { Instance } from '../api/instance'
import { ConnectSection } from '../instance-detail/connect-section'
import { DiskSection } from '../instance-detail/disk-section'
import { HealthSection } from '../instance-detail/health-section'
import { BillingSection, ImageSection, MachineSection } from '../instance-detail/spec-sections'
import { COLUMN_IDS } from '../model/column-ids'
import { COLUMNS } from '../columns/instance-columns'
import { parseInstancePage } from '../testing/parse-instance-page'

const leaf = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constantFrom(
    '',
    '42',
    '-1',
    '1e400',
    'NaN',
    'javascript:alert(1)',
    '<script>x</script>',
    '/notebook/a/b',
    'perDay',
    // Keys looked up in tables: inherited names must not resolve to Object.prototype members.
    'toString',
    'constructor',
    '__proto__',
  ),
  fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 2 }),
  fc.object({ maxDepth: 1 }),
)

/** Values shaped like `template`, where any part may be replaced by something else or left out. */
function shaped(template: unknown): fc.Arbitrary<unknown> {
  if (Array.isArray(template))
    return fc.oneof(leaf, fc.array(shaped(template[0] ?? null), { maxLength: 3 }))
  if (template && typeof template === 'object') {
    const fields = Object.fromEntries(
      Object.entries(template).map(([key, value]) => [key, shaped(value)]),
    )
    return fc.oneof(
      { weight: 1, arbitrary: leaf },
      { weight: 4, arbitrary: fc.record(fields, { requiredKeys: [] }) },
    )
  }
  return leaf
}

const example = specExample.instances[0]
const instanceArb = fc.oneof(
  shaped(example),
  // Always keyed, so that the view model (not only the parser) meets the junk.
  shaped(example).map((value) => ({
    ...(value as object),
    instanceMetadata: { instanceId: 'notebook-fuzz' },
  })),
)
const envelopeArb = fc.oneof(
  fc.record(
    { instances: fc.array(instanceArb, { maxLength: 4 }), pager: shaped(specExample.pager) },
    { requiredKeys: ['instances'] },
  ),
  leaf,
)

const FORBIDDEN = ['NaN', 'Infinity', 'undefined', 'null', '[object Object]']
const NOW = Date.UTC(2026, 10, 27)

function render(instance: Instance): string {
  const cells = COLUMN_IDS.flatMap((id) =>
    [false, true].map((compact) =>
      renderToStaticMarkup(
        <>{COLUMNS[id].meta.cell(instance, { now: NOW, compact, extras: {} })}</>,
      ),
    ),
  )
  const drawer = renderToStaticMarkup(
    <>
      <HealthSection instance={instance} now={NOW} />
      <ConnectSection instance={instance} />
      <DiskSection instance={instance} />
      <MachineSection instance={instance} />
      <BillingSection instance={instance} />
      <ImageSection instance={instance} />
    </>,
  )
  return cells.join('') + drawer
}

const isFiniteOrNull = (value: number | null) => value === null || Number.isFinite(value)

describe('malformed API data (property-based)', () => {
  it('never throws but a typed bad-shape error, and keeps every item that has an id', () => {
    fc.assert(
      fc.property(envelopeArb, (body) => {
        try {
          const page = parseInstancePage(body, { page: 1, pageSize: 50 })
          const items = (body as { instances: unknown[] }).instances
          expect(page.instances.length + page.dropped.length).toBe(items.length)
        } catch (error) {
          expect(error).toBeInstanceOf(ApiError)
          expect((error as ApiError).kind).toBe('bad-shape')
        }
      }),
      { numRuns: 300 },
    )
  })

  it('yields view models with finite numbers and safe links, which render without NaN, undefined or [object Object]', () => {
    fc.assert(
      fc.property(instanceArb, (item) => {
        const [instance] = parseInstancePage(
          { instances: [item], pager: null },
          { page: 1, pageSize: 50 },
        ).instances
        if (!instance) return
        expect(instance.name).not.toBe('')
        for (const value of [
          instance.cpuCount,
          instance.gpuCount,
          instance.billing.hourly,
          instance.diskPercent,
          instance.createdAt,
          instance.scheduledStopAt,
          instance.memory.amount,
        ]) {
          expect(isFiniteOrNull(value)).toBe(true)
        }
        const jupyter = jupyterUrlOf(instance)
        if (jupyter !== null) expect(jupyter).toMatch(/^https?:\/\//)
        const html = render(instance)
        const raw = JSON.stringify(item)
        for (const word of FORBIDDEN) if (!raw.includes(word)) expect(html).not.toContain(word)
        expect(html).not.toMatch(/href="(?!https?:)/)
      }),
      { numRuns: 300 },
    )
  })
})
