import type { ComponentProps } from 'react'

type Props = Omit<ComponentProps<'button'>, 'role' | 'type' | 'tabIndex'>

/** One item of a `MenuButton`'s menu: focus moves by arrow keys, so it is not a Tab stop. */
export function MenuItem({ className = '', ...props }: Props) {
  return (
    <button
      type="button"
      role="menuitem"
      tabIndex={-1}
      className={`flex items-center gap-2 rounded px-2 py-1.5 text-left text-sm text-fg hover:bg-surface-hover focus-visible:bg-surface-hover disabled:cursor-not-allowed disabled:text-fg-subtle ${className}`}
      {...props}
    />
  )
}
