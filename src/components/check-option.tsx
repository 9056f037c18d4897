import { useId } from 'react'

interface Props {
  label: string
  checked: boolean
  onChange: (checked: boolean) => void
  detail?: string
}

/** A checkbox named exactly by `label`, with an optional detail (a count) read as its description. */
export function CheckOption({ label, checked, onChange, detail }: Props) {
  const detailId = useId()
  return (
    <label className="flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 text-sm hover:bg-surface-hover">
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-label={label}
        aria-describedby={detail ? detailId : undefined}
        className="size-4 accent-accent"
      />
      <span className="flex-1 break-words" aria-hidden="true">
        {label}
      </span>
      {detail && (
        <span id={detailId} className="text-xs text-fg-subtle tabular-nums">
          {detail}
        </span>
      )}
    </label>
  )
}
