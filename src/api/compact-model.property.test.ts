import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import specExample from '../../sim/spec-example.json'
import { generateInstances } from '../../sim/data.ts'
import type { Instance } from './instance'
import { hasDocumentedShape, ITEM_SHAPE } from './item-shape'
import { Interner } from './interner'
import { lenientReader } from './lenient-reader'
import { parseItems } from './parse-page'
import { rawOf } from './raw-of'
import { rawInstanceSchema } from './schema'
import { toInstance } from './to-instance'

const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('', ' padded ', 'Running', 'perHour', '/notebook/a/a-0', 'a|s3:b', '\u0001'),
)
const num = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -5, max: 2_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, 1751527726179),
)
const LEAVES: Record<string, fc.Arbitrary<unknown>> = {
  text,
  name: fc.oneof(
    fc.constantFrom('notebook-1', 'gpu-box'),
    fc.string({ minLength: 1, maxLength: 8 }),
  ),
  num,
  bool: fc.constantFrom(true, false, null),
  flag: fc.boolean(),
  time: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 2 ** 45 })),
  count: fc.oneof(fc.integer({ min: 0, max: 8 }), fc.constant(0)),
  texts: fc.option(fc.array(text, { maxLength: 3 }), { nil: null }),
  objects: fc.option(fc.array(fc.object({ maxDepth: 1, maxKeys: 2 }), { maxLength: 2 }), {
    nil: null,
  }),
  ports: fc.option(
    fc.array(
      fc.record({
        port: fc.constantFrom(22, 8888, 0),
        address: fc.constantFrom('', '1.2.3.4', 'host'),
        nodePort: fc.integer({ min: 0, max: 70_000 }),
      }),
      { maxLength: 2 },
    ),
    { nil: null },
  ),
}

/** Items of the documented shape, every value drawn from its documented type. */
function documented(shape: object): fc.Arbitrary<Record<string, unknown>> {
  const fields = Object.entries(shape).map(([key, spec]) => [
    key,
    typeof spec === 'string' ? (LEAVES[spec] ?? text) : documented(spec as object),
  ])
  return fc.record(Object.fromEntries(fields) as Record<string, fc.Arbitrary<unknown>>)
}
const documentedItem = documented(ITEM_SHAPE)

const junk = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant('42'),
  fc.constant('true'),
  fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 2 }),
  fc.object({ maxDepth: 1 }),
)

/** A documented item with one block or value changed: replaced, left out, added to or reordered. */
const irregularItem = fc
  .tuple(documentedItem, fc.nat(), fc.constantFrom('replace', 'remove', 'add', 'reorder'), junk)
  .map(([generated, pick, change, junkValue]) => {
    // Changed on a copy: fast-check reuses what it generated while it shrinks.
    const item = structuredClone(generated)
    const value: unknown = structuredClone(junkValue)
    const blocks: Record<string, unknown>[] = []
    const visit = (block: Record<string, unknown>) => {
      blocks.push(block)
      for (const child of Object.values(block))
        if (child && typeof child === 'object' && !Array.isArray(child))
          visit(child as Record<string, unknown>)
    }
    visit(item)
    const block = blocks[pick % blocks.length] ?? item
    const keys = Object.keys(block)
    const key = keys[pick % Math.max(1, keys.length)] ?? 'x'
    if (change === 'replace') block[key] = value
    else if (change === 'add') block.extraField = value
    else {
      // Left out, or moved to the end (another order of keys).
      const original = block[key]
      Reflect.deleteProperty(block, key)
      if (change === 'reorder') block[key] = original
    }
    return item
  })

/** The view model as the lenient schema alone makes it: the reference. */
function viaSchema(item: unknown): Omit<Instance, 'rawKept'> | undefined {
  const parsed = z.safeParse(rawInstanceSchema, item)
  return parsed.success ? withoutRaw(toInstance(parsed.data, item)) : undefined
}

function withoutRaw(instance: Instance): Omit<Instance, 'rawKept'> {
  const fields: Partial<Instance> = { ...instance }
  delete fields.rawKept
  return fields as Omit<Instance, 'rawKept'>
}

function parsed(item: unknown): Instance | undefined {
  return parseItems([structuredClone(item)], new Interner(), lenientReader).instances[0]
}

describe('the compact view model', () => {
  it('holds a documented item without keeping it: rawOf gives back the same JSON', () => {
    fc.assert(
      fc.property(documentedItem, (item) => {
        fc.pre(hasDocumentedShape(item))
        const instance = parsed(item)
        expect(instance?.rawKept).toBeUndefined()
        expect(JSON.stringify(rawOf(instance as Instance))).toBe(JSON.stringify(item))
        expect(withoutRaw(instance as Instance)).toEqual(viaSchema(item))
      }),
      { numRuns: 300 },
    )
  })

  it('keeps any other item as received, and reads it as the lenient schema does', () => {
    fc.assert(
      fc.property(irregularItem, (item) => {
        const reference = viaSchema(item)
        const instance = parsed(item)
        if (!reference) {
          expect(instance).toBeUndefined()
          return
        }
        expect(JSON.stringify(rawOf(instance as Instance))).toBe(JSON.stringify(item))
        expect(withoutRaw(instance as Instance)).toEqual(reference)
      }),
      { numRuns: 300 },
    )
  })

  it('keeps none of the simulator data or the API example: all of it is of the documented shape', () => {
    const items = JSON.parse(JSON.stringify(generateInstances(300, 3))) as unknown[]
    const instances = parseItems(
      [...items, specExample.instances[0]],
      new Interner(),
      lenientReader,
    ).instances
    expect(instances.filter((instance) => instance.rawKept !== undefined)).toEqual([])
    expect(instances.map((instance) => JSON.stringify(rawOf(instance)))).toEqual(
      [...items, specExample.instances[0]].map((item) => JSON.stringify(item)),
    )
  })

  it('shares one object per equal region, image and billing across a load', () => {
    const items = JSON.parse(JSON.stringify(generateInstances(200, 5))) as unknown[]
    const instances = parseItems(items, new Interner(), lenientReader).instances
    const regions = new Set(instances.map((instance) => instance.region))
    const distinct = new Set(instances.map((instance) => JSON.stringify(instance.region)))
    expect(regions.size).toBe(distinct.size)
    expect(regions.size).toBeLessThan(10)
    for (const field of ['image', 'billing', 'configuration', 'memory'] as const) {
      const shared = new Set(instances.map((instance) => instance[field]))
      const distinct = new Set(instances.map((instance) => JSON.stringify(instance[field])))
      expect(shared.size).toBe(distinct.size)
    }
  })
})
