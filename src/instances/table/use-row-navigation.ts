import { useCallback, useState, type KeyboardEvent, type RefObject } from 'react'
import type { Instance } from '../../api/instance'

const PAGE_ROWS = 10

interface Options {
  instances: readonly Instance[]
  scrollToIndex: (index: number) => void
  scrollRef: RefObject<HTMLDivElement | null>
  onOpen: (id: string) => void
  /** Space on a row toggles its selection (Shift+Space: the range from the last one). */
  onSelect?: (id: string, range: boolean) => void
}

/**
 * Keyboard movement over virtualized rows: arrows, Page Up/Down, Home/End scroll the active row
 * into view and focus it; Enter opens it. One row at a time is in the tab order.
 */
export function useRowNavigation({
  instances,
  scrollToIndex,
  scrollRef,
  onOpen,
  onSelect,
}: Options) {
  const [activeIndex, setActiveIndex] = useState(0)
  const active = Math.min(activeIndex, Math.max(0, instances.length - 1))

  const moveTo = useCallback(
    (index: number) => {
      const target = Math.max(0, Math.min(instances.length - 1, index))
      setActiveIndex(target)
      scrollToIndex(target)
      requestAnimationFrame(() => {
        scrollRef.current?.querySelector<HTMLElement>(`tr[data-row-index="${target}"]`)?.focus()
      })
    },
    [instances.length, scrollToIndex, scrollRef],
  )

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.target instanceof HTMLButtonElement || instances.length === 0) return
    const onRow = event.target instanceof HTMLTableRowElement
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(onRow ? active + 1 : active),
      ArrowUp: () => moveTo(onRow ? active - 1 : active),
      PageDown: () => moveTo(active + PAGE_ROWS),
      PageUp: () => moveTo(active - PAGE_ROWS),
      Home: () => moveTo(0),
      End: () => moveTo(instances.length - 1),
      Enter: () => {
        const instance = instances[active]
        if (onRow && instance) onOpen(instance.id)
      },
    }
    if (event.key === ' ') {
      const instance = instances[active]
      if (!onRow || !onSelect || !instance) return
      event.preventDefault()
      onSelect(instance.id, event.shiftKey)
      return
    }
    const action = keys[event.key]
    if (!action) return
    event.preventDefault()
    action()
  }

  return { active, setActiveIndex, moveTo, onKeyDown }
}
