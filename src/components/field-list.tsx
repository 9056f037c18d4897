import { Fragment, type ReactNode } from 'react'
import { DASH } from '../lib/format'

export type Field = [label: string, value: ReactNode]

/**
 * Label/value pairs; an empty value shows a dash, never "undefined" or "null". Each pair is its
 * dt and dd straight in the grid, no wrapper: the drawer opens with fewer elements to style.
 */
export function FieldList({ fields }: { fields: Field[] }) {
  return (
    <dl className="grid grid-cols-[minmax(8rem,auto)_1fr] gap-x-4 gap-y-1.5 text-sm">
      {fields.map(([label, value]) => (
        <Fragment key={label}>
          <dt className="text-fg-subtle">{label}</dt>
          <dd className="min-w-0 break-words text-fg">
            {value === '' || value === null || value === undefined ? DASH : value}
          </dd>
        </Fragment>
      ))}
    </dl>
  )
}
