export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger'
export type ButtonSize = 'sm' | 'md'

const VARIANT: Record<ButtonVariant, string> = {
  primary: 'bg-accent font-medium text-on-accent hover:bg-accent-strong',
  secondary: 'border border-line-strong bg-surface text-fg hover:bg-surface-hover',
  ghost: 'text-fg-muted hover:bg-surface-hover hover:text-fg',
  danger: 'bg-danger-solid font-medium text-white hover:opacity-90',
}

const SIZE: Record<ButtonSize, string> = {
  sm: 'h-8 px-2.5 text-sm',
  md: 'h-10 px-4',
}

/** The class string of a button, for the rare control that must look like one (a link). */
export function buttonClass(variant: ButtonVariant = 'secondary', size: ButtonSize = 'sm'): string {
  return `inline-flex shrink-0 items-center justify-center gap-1.5 rounded-md whitespace-nowrap disabled:cursor-not-allowed disabled:opacity-50 ${VARIANT[variant]} ${SIZE[size]}`
}
