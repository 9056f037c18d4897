import type { RawInstance } from './schema'

type Spec = RawInstance['instanceSpecInfo']

/** What toInstance reads: the lenient schema's output, or an item of the documented shape. */
export interface ItemFields {
  instanceMetadata: RawInstance['instanceMetadata']
  instanceSpecInfo: Omit<Spec, 'imageInfo' | 'remoteStorages' | 'nodePorts'> & {
    imageInfo: Omit<Spec['imageInfo'], 'tags'> & { tags: string[] | null }
    remoteStorages: unknown[] | null
    nodePorts: Spec['nodePorts'] | null
  }
  instanceRuntimeInfo: RawInstance['instanceRuntimeInfo']
}
