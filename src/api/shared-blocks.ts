import { diskUsage, type DiskUsage } from '../lib/disk'
import { hourlyPrice } from '../lib/pricing'
import type { Instance } from './instance'
import { EMPTY_LIST, NULL_LIST, sameList, type Interner } from './interner'
import type { ItemFields } from './item-fields'

/**
 * The view model's blocks that many instances share, one object per equal block in a load (see
 * Interner). Each compares every value the block is made of, so equal means equal.
 */
type Spec = ItemFields['instanceSpecInfo']
type Amount = Spec['instanceTypeInfo']['memory']
const same = Object.is

/** A list of texts: null and empty as the shared empty lists, else one list per equal content. */
export function sharedTexts(list: string[] | null, kind: string, interner: Interner): string[] {
  if (list === null) return NULL_LIST as never[]
  if (list.length === 0) return EMPTY_LIST as never[]
  return interner.shared(
    kind,
    list[0],
    (known: string[]) => sameList(known, list),
    () => list,
  )
}

export function sharedDisk(used: number | null, total: number | null, interner: Interner) {
  return interner.shared(
    'disk',
    used,
    (known: DiskUsage) => same(known.usedGi, used) && same(known.totalGi, total),
    () => diskUsage(used, total),
  )
}

export function sharedAmount(kind: string, block: Amount, interner: Interner): Amount {
  return interner.shared(
    kind,
    block.amount,
    (known: Amount) =>
      same(known.amount, block.amount) && known.type === block.type && known.unit === block.unit,
    () => ({ amount: block.amount, type: block.type, unit: block.unit }),
  )
}

export function sharedType(type: Spec['instanceTypeInfo'], interner: Interner) {
  return interner.shared(
    'type',
    type.instanceId,
    (known: Instance['instanceType']) => known.name === type.instanceTypeName,
    () => ({ id: type.instanceId, name: type.instanceTypeName }),
  )
}

export function sharedRegion(region: Spec['regionInfo'], interner: Interner) {
  return interner.shared(
    'region',
    region.regionId,
    (known: Instance['region']) =>
      known.name === region.name &&
      known.location === region.location &&
      known.domain === region.domain &&
      known.sshAddress === region.sshAddress &&
      known.value === region.value,
    () => ({
      id: region.regionId,
      name: region.name,
      location: region.location,
      domain: region.domain,
      sshAddress: region.sshAddress,
      value: region.value,
    }),
  )
}

export function sharedBilling(billing: Spec['instanceBillingInfo'], interner: Interner) {
  return interner.shared(
    'billing',
    billing.price,
    (known: Instance['billing']) =>
      same(known.price, billing.price) &&
      known.chargeMode === billing.chargeMode &&
      same(known.duration, billing.duration) &&
      known.unit === billing.unit &&
      known.type === billing.type,
    () => ({ ...billing, hourly: hourlyPrice(billing.price, billing.chargeMode) }),
  )
}

/** `tags` is already shared (sharedTexts): the same content is the same list. */
export function sharedImage(image: Spec['imageInfo'], tags: string[], interner: Interner) {
  return interner.shared(
    'image',
    image.name,
    (known: Instance['image']) =>
      known.tags === tags &&
      known.architecture === image.architecture &&
      known.isPublic === image.isPublic &&
      known.type === image.type,
    () => ({ ...image, tags }),
  )
}

export function sharedConfiguration(config: Spec['instanceConfiguration'], interner: Interner) {
  const request = config.InstanceDiskAmountRequest
  return interner.shared(
    'configuration',
    config.dockerStorageSize,
    (known: Instance['configuration']) =>
      same(known.dockerStorageSize, config.dockerStorageSize) &&
      same(known.enableCommonData, config.enableCommonData) &&
      same(known.enableDocker, config.enableDocker) &&
      same(known.rootDiskRequestGi, request.rootDiskAmountGiReq) &&
      same(known.dataDiskRequestGi, request.dataDiskAmountGiReq),
    () => ({
      enableCommonData: config.enableCommonData,
      enableDocker: config.enableDocker,
      dockerStorageSize: config.dockerStorageSize,
      rootDiskRequestGi: request.rootDiskAmountGiReq,
      dataDiskRequestGi: request.dataDiskAmountGiReq,
    }),
  )
}
