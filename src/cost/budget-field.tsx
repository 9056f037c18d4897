import { useId, useState } from 'react'
import { parseBudget } from '../model/budget'

interface Props {
  label: string
  value: number | null
  disabled: boolean
  onChange: (value: number | null) => void
}

const plain = (value: number | null) => (value === null ? '' : String(value))

/** A dollar amount, kept when the field is left or Enter pressed; a bad one says why and keeps the old. */
export function BudgetField({ label, value, disabled, onChange }: Props) {
  const [text, setText] = useState(plain(value))
  const [problem, setProblem] = useState<string | null>(null)
  const fieldId = useId()
  const problemId = useId()
  const commit = () => {
    const input = parseBudget(text)
    if (!input.ok) return setProblem(input.problem)
    setProblem(null)
    setText(plain(input.value))
    if (input.value !== value) onChange(input.value)
  }
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={fieldId} className="text-xs text-fg-muted">
        {label}
      </label>
      <input
        id={fieldId}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        placeholder="None"
        value={text}
        disabled={disabled}
        aria-invalid={problem !== null}
        aria-describedby={problemId}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit()
        }}
        className="h-8 w-36 rounded-md border border-field-line bg-surface px-2 text-sm tabular-nums"
      />
      <span id={problemId} className="min-h-[1lh] text-xs text-danger">
        {problem}
      </span>
    </div>
  )
}
