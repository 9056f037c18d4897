import { useId, type ReactNode } from 'react'
import { useAnchoredPopover } from './use-anchored-popover'
import { useFocusOnArrival } from './use-focus-on-arrival'
import { useListKeys } from './use-list-keys'

interface Props {
  /** The trigger's accessible name, exactly (e.g. "Status"). */
  label: string
  /** What the trigger shows; defaults to the label. */
  trigger?: ReactNode
  description?: string
  active?: boolean
  /** Which edge of the trigger the panel lines up with. */
  align?: 'start' | 'end'
  children: ReactNode
}

/**
 * A button that opens a panel below it (`popover="auto"`: the platform closes it on Escape or a
 * click outside and returns focus). Its content renders only while it is open, and may load lazily.
 */
export function Popover({
  label,
  trigger,
  description,
  active = false,
  align = 'start',
  children,
}: Props) {
  const popover = useAnchoredPopover(align)
  const descriptionId = useId()
  const onListKey = useListKeys()
  const { open, panelRef } = popover

  useFocusOnArrival(open, panelRef, (panel) =>
    panel.querySelector<HTMLElement>('input, select, button'),
  )

  return (
    <div>
      <button
        type="button"
        aria-label={label}
        aria-expanded={open}
        aria-describedby={description ? descriptionId : undefined}
        {...popover.trigger}
        className={`inline-flex h-8 shrink-0 items-center gap-1.5 rounded-md border px-2 text-sm whitespace-nowrap ${
          active
            ? 'border-accent bg-accent-soft text-link'
            : 'border-line-strong bg-surface text-fg hover:bg-surface-hover'
        }`}
      >
        {trigger ?? label}
        <span aria-hidden="true" className="text-xs">
          ▾
        </span>
      </button>
      {description && (
        <span id={descriptionId} className="sr-only">
          {description}
        </span>
      )}
      <div
        {...popover.panel}
        role="group"
        // A panel of text only takes focus (Tab from its button), so that its arrows scroll it.
        tabIndex={0}
        aria-label={label}
        onKeyDown={onListKey}
        className="max-h-[min(32rem,calc(100dvh-10rem))] w-max max-w-[min(22rem,calc(100vw-2rem))] min-w-56 overflow-auto rounded-md border border-line bg-surface p-1 text-fg shadow-lg"
      >
        {open && children}
      </div>
    </div>
  )
}
