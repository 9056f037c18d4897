import { useCallback, useEffect, useMemo, useRef } from 'react'
import { EMPTY_SELECTION, setSelected, toggleSelection } from './selection'
import { createStore, useStore } from '../lib/store'

/**
 * The selected instances: UI state, by id, never in the URL. It lives outside the dashboard so
 * that a token that expires mid-batch keeps what was not stopped selected for after sign-in.
 */
export const selectionStore = createStore(EMPTY_SELECTION)

export function clearSelection(): void {
  selectionStore.set(EMPTY_SELECTION)
}

export function replaceSelection(ids: readonly string[]): void {
  selectionStore.set({ ids: new Set(ids), anchor: null })
}

/**
 * The selection and its stable controls; `order` (the rows as shown) is what a Shift-click range
 * runs over.
 */
export function useSelection(order: readonly { id: string }[]) {
  const { ids } = useStore(selectionStore)
  const orderRef = useRef(order)
  useEffect(() => {
    orderRef.current = order
  }, [order])
  const toggle = useCallback((id: string, range: boolean) => {
    selectionStore.set((state) => toggleSelection(state, id, range, orderRef.current))
  }, [])
  const setMany = useCallback((list: readonly string[], on: boolean) => {
    selectionStore.set((state) => setSelected(state, list, on))
  }, [])
  return useMemo(
    () => ({ selected: ids, toggle, setMany, clear: clearSelection }),
    [ids, toggle, setMany],
  )
}
