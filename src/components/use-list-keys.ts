import { useRef, type KeyboardEvent } from 'react'

const ITEMS = 'input:not([disabled]), button:not([disabled]), a[href], [role^="menuitem"]'
const TYPEAHEAD_RESET_MS = 600

function nameOf(item: HTMLElement): string {
  return (item.getAttribute('aria-label') ?? item.textContent).trim().toLowerCase()
}

/**
 * Arrow keys, Home and End move focus between the items of a list (menu, options); typing letters
 * jumps to the next item whose name starts with them (WAI-ARIA listbox and menu keyboard patterns).
 */
export function useListKeys(): (event: KeyboardEvent<HTMLElement>) => void {
  const typed = useRef({ text: '', at: 0 })
  return (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return
    const items = [...event.currentTarget.querySelectorAll<HTMLElement>(ITEMS)]
    if (items.length === 0) return // a panel of text only: the arrows scroll it
    const current = items.indexOf(document.activeElement as HTMLElement)
    const go = (index: number) => {
      event.preventDefault()
      items[(index + items.length) % items.length]?.focus()
    }
    if (event.key === 'ArrowDown') return go(current + 1)
    if (event.key === 'ArrowUp') return go(current < 0 ? -1 : current - 1)
    if (event.key === 'Home') return go(0)
    if (event.key === 'End') return go(-1)
    if (event.key.length !== 1 || event.key === ' ') return
    const now = Date.now()
    const text = (now - typed.current.at < TYPEAHEAD_RESET_MS ? typed.current.text : '') + event.key
    typed.current = { text: text.toLowerCase(), at: now }
    // A repeated first letter cycles through the items that start with it.
    const needle = /^(.)\1+$/.test(typed.current.text)
      ? event.key.toLowerCase()
      : typed.current.text
    // A longer prefix may still match the current item; a single letter moves on from it.
    const from = needle.length > 1 ? Math.max(0, current) : current + 1
    const order = items.map((_, offset) => (from + offset) % items.length)
    const match = order.find((index) => items[index] && nameOf(items[index]).startsWith(needle))
    if (match !== undefined) go(match)
  }
}
