import type { ComponentProps } from 'react'
import { buttonClass, type ButtonSize, type ButtonVariant } from './button-styles'

type Props = ComponentProps<'button'> & { variant?: ButtonVariant; size?: ButtonSize }

/** Every button of the app: `type="button"` unless told otherwise, one look per variant. */
export function Button({ variant, size, className = '', type = 'button', ...props }: Props) {
  return <button type={type} className={`${buttonClass(variant, size)} ${className}`} {...props} />
}
