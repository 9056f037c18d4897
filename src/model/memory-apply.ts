import { pinnedIds } from './annotations'
import type { MemoryState, MemoryWrite } from './memory-store'
import { observationsOf } from './status-history'

/** The state after a write, made here or in another tab of the account. */
export function applyWrite(state: MemoryState, write: MemoryWrite): MemoryState {
  switch (write.kind) {
    case 'histories': {
      const histories = new Map(state.histories)
      for (const record of write.put) histories.set(record.id, record)
      for (const id of write.remove) histories.delete(id)
      return { ...state, histories, observations: observationsOf(histories) }
    }
    case 'annotation': {
      const annotations = new Map(state.annotations)
      if (write.value) annotations.set(write.id, write.value)
      else annotations.delete(write.id)
      const before = state.annotations.get(write.id)?.pinned ?? false
      const pinned =
        (write.value?.pinned ?? false) === before ? state.pinned : pinnedIds(annotations)
      return { ...state, annotations, pinned }
    }
    case 'budget':
      return { ...state, budget: write.value }
    case 'changes':
      return { ...state, changes: write.value }
    case 'views':
      return { ...state, views: write.value }
  }
}
