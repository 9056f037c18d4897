/**
 * The list item exactly as HPC-AI documents it: every block and key in the documented order, each
 * value of its documented type. An item of this shape reads the same through the lenient schema
 * as it is (so it needs no parsing), and the view model holds all of it (so rawOf can give it back
 * and the item itself need not be kept). Anything else is parsed leniently and kept as received.
 */
type Leaf =
  | 'text' // a string
  | 'name' // a string with no space around it, not empty
  | 'num' // a finite number, or null
  | 'bool' // a boolean, or null
  | 'flag' // a boolean
  | 'time' // 0 (no time), or a positive time in ms a Date can hold
  | 'count' // a number, 0 or more
  | 'texts' // null, or an array of strings
  | 'objects' // null, or an array of objects (not arrays)
  | 'ports' // null, or an array of { port, address, nodePort } with numbers for both ports
interface Block {
  readonly [key: string]: Leaf | Block
}

const AMOUNT = { amount: 'num', type: 'text', unit: 'text' } as const

export const ITEM_SHAPE = {
  instanceMetadata: {
    instanceAuth: { ownerUserName: 'text' },
    instanceId: 'name',
    instanceUsername: 'text',
  },
  instanceSpecInfo: {
    name: 'name',
    instanceBillingInfo: {
      chargeMode: 'text',
      duration: 'num',
      price: 'num',
      unit: 'text',
      type: 'text',
    },
    imageInfo: {
      architecture: 'text',
      isPublic: 'text',
      name: 'text',
      tags: 'texts',
      type: 'text',
    },
    instanceConfiguration: {
      enableCommonData: 'bool',
      enableDocker: 'bool',
      InstanceDiskAmountRequest: { rootDiskAmountGiReq: 'num', dataDiskAmountGiReq: 'num' },
      dockerStorageSize: 'num',
    },
    instanceTypeInfo: {
      instanceId: 'text',
      instanceTypeName: 'text',
      cpu: AMOUNT,
      memory: AMOUNT,
      gpu: { amount: 'count', type: 'text', unit: 'text' },
      disk: AMOUNT,
    },
    regionInfo: {
      domain: 'text',
      location: 'text',
      name: 'text',
      sshAddress: 'text',
      value: 'text',
      regionId: 'text',
    },
    remoteStorages: 'objects',
    nodePorts: 'ports',
    isSpotInstance: 'flag',
  },
  instanceRuntimeInfo: {
    createAtUnixMs: 'time',
    status: 'text',
    phase: 'text',
    message: 'text',
    diagnosisReason: 'text',
    diagnosisMessage: 'text',
    healthy: 'bool',
    subUrl: 'text',
    instanceDiskUsageInfo: { rootDiskUsedGi: 'num', dataDiskUsedGi: 'num' },
    instanceDiskAmountInfo: { rootDiskAmountGi: 'num', dataDiskAmountGi: 'num' },
    stopTimestamp: 'time',
    scheduledStopTimestamp: 'time',
  },
} as const satisfies Block

/** JavaScript dates end at 8.64e15 ms. */
export const MAX_DATE_MS = 8.64e15

const PORT = { port: 'count', address: 'text', nodePort: 'count' } as const satisfies Block

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value)

function fitsList(value: unknown, fits: (item: unknown) => boolean): boolean {
  if (value === null) return true
  if (!Array.isArray(value)) return false
  for (const item of value as unknown[]) if (!fits(item)) return false
  return true
}

function fitsLeaf(leaf: Leaf, value: unknown): boolean {
  switch (leaf) {
    case 'text':
      return typeof value === 'string'
    case 'name':
      return typeof value === 'string' && value !== '' && value.trim() === value
    case 'num':
      return value === null || isNumber(value)
    case 'bool':
      return value === null || typeof value === 'boolean'
    case 'flag':
      return typeof value === 'boolean'
    case 'time':
      return isNumber(value) && value >= 0 && value <= MAX_DATE_MS
    case 'count':
      return isNumber(value) && value >= 0
    case 'texts':
      return fitsList(value, (item) => typeof item === 'string')
    case 'objects':
      return fitsList(value, isObject)
    case 'ports':
      return fitsList(value, (item) => fitsCompiled(COMPILED_PORT, item))
  }
}

/** A block with its keys listed once, so that checking an item allocates nothing. */
interface Compiled {
  keys: string[]
  specs: (Leaf | Compiled)[]
}

function compile(block: Block): Compiled {
  const keys = Object.keys(block)
  return {
    keys,
    specs: keys.map((key) => {
      const spec = block[key] as Leaf | Block
      return typeof spec === 'string' ? spec : compile(spec)
    }),
  }
}

/** The block's keys, exactly and in order, each value fitting its leaf or block. */
function fitsCompiled(block: Compiled, value: unknown): boolean {
  if (!isObject(value)) return false
  let count = 0
  for (const key in value) {
    if (key !== block.keys[count]) return false
    const spec = block.specs[count] as Leaf | Compiled
    const field = value[key]
    if (typeof spec === 'string' ? !fitsLeaf(spec, field) : !fitsCompiled(spec, field)) return false
    count++
  }
  return count === block.keys.length
}

const COMPILED_ITEM = compile(ITEM_SHAPE)
const COMPILED_PORT = compile(PORT)

/** A CPU-only machine sends GPU type '' (the view model shows no type when there is no GPU). */
function gpuFits(item: DocumentedItem): boolean {
  const gpu = item.instanceSpecInfo.instanceTypeInfo.gpu
  return gpu.amount > 0 || gpu.type === ''
}

/** Whether `item` is of the documented shape, so that the view model can stand for it. */
export function hasDocumentedShape(item: unknown): item is DocumentedItem {
  return fitsCompiled(COMPILED_ITEM, item) && gpuFits(item as DocumentedItem)
}

type LeafType<L> = L extends 'text' | 'name'
  ? string
  : L extends 'num'
    ? number | null
    : L extends 'bool'
      ? boolean | null
      : L extends 'flag'
        ? boolean
        : L extends 'time' | 'count'
          ? number
          : L extends 'texts'
            ? string[] | null
            : L extends 'objects'
              ? Record<string, unknown>[] | null
              : L extends 'ports'
                ? { port: number; address: string; nodePort: number }[] | null
                : never

type Shaped<B> = { -readonly [K in keyof B]: B[K] extends Leaf ? LeafType<B[K]> : Shaped<B[K]> }

/** An item of the documented shape, typed. */
export type DocumentedItem = Shaped<typeof ITEM_SHAPE>
