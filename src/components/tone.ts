/** The tones a notice or badge can take; each maps to one set of semantic colours. */
export type Tone = 'neutral' | 'info' | 'success' | 'warning' | 'danger' | 'spot'

export const TONE_TEXT: Record<Tone, string> = {
  neutral: 'text-fg-muted',
  info: 'text-info',
  success: 'text-success',
  warning: 'text-warning',
  danger: 'text-danger',
  spot: 'text-spot',
}

export const TONE_SURFACE: Record<Tone, string> = {
  neutral: 'border-line-strong bg-surface-muted text-fg',
  info: 'border-info-line bg-info-soft text-info',
  success: 'border-success-line bg-success-soft text-success',
  warning: 'border-warning-line bg-warning-soft text-warning',
  danger: 'border-danger-line bg-danger-soft text-danger',
  spot: 'border-transparent bg-spot-soft text-spot',
}
