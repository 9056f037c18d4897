import { useEffect, useRef, useState } from 'react'
import { isTypingTarget } from '../../lib/is-typing-target'
import { Kbd } from '../../components/kbd'

const DEBOUNCE_MS = 200

/**
 * The search box: filters as you type, writes the URL once typing pauses; `/` focuses it, and
 * Down or Enter takes the search at once and moves to the results (`onExit`).
 */
export function SearchField({
  value,
  onChange,
  onExit,
}: {
  value: string
  onChange: (value: string) => void
  onExit: () => void
}) {
  const inputRef = useRef<HTMLInputElement>(null)
  const [text, setText] = useState(value)
  const [lastValue, setLastValue] = useState(value)
  // Back/forward or Reset changed the URL: show what it says now.
  if (value !== lastValue) {
    setLastValue(value)
    setText(value)
  }

  useEffect(() => {
    if (text === value) return
    const timer = setTimeout(() => onChange(text), DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [text, value, onChange])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || isTypingTarget(event.target) || event.metaKey || event.ctrlKey)
        return
      event.preventDefault()
      inputRef.current?.focus()
      inputRef.current?.select()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [])

  return (
    <div className="relative min-w-0 grow basis-44 tablet:max-w-80 min-[90rem]:grow-0 min-[90rem]:basis-48">
      <input
        ref={inputRef}
        type="search"
        aria-label="Search"
        placeholder="Search name, GPU, region…"
        title="Searches names, ids, GPU types, regions and images"
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && text) {
            event.stopPropagation()
            setText('')
          } else if (event.key === 'ArrowDown' || event.key === 'Enter') {
            event.preventDefault()
            if (text !== value) onChange(text)
            onExit()
          }
        }}
        className="peer h-8 w-full rounded-md border border-field-line bg-surface px-2.5 text-sm placeholder:text-fg-subtle tablet:placeholder-shown:pr-8"
      />
      {/* The key that focuses the field, while it is empty; a phone has no such key. */}
      <span
        aria-hidden="true"
        className="pointer-events-none absolute top-1/2 right-2 -translate-y-1/2 peer-[:not(:placeholder-shown)]:hidden max-tablet:hidden"
      >
        <Kbd className="px-1.5 text-fg-subtle">/</Kbd>
      </span>
    </div>
  )
}
