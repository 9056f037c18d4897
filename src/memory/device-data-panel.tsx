import { useId } from 'react'
import { ThemeSelect } from '../components/theme-select'
import { plural } from '../lib/format'
import { formatHourly } from '../lib/instance-format'
import { useMemory } from '../model/memory-store'
import { ForgetButton } from './forget-button'

/**
 * This device's settings and what it keeps: the theme, what this browser keeps for the account,
 * in numbers, and the one action that removes it all.
 */
export function DeviceDataPanel({ onForgotten }: { onForgotten: () => void }) {
  const memory = useMemory()
  const detailId = useId()
  const annotated = [...memory.annotations.values()]
  const labelled = annotated.filter((annotation) => annotation.labels.length > 0).length
  const noted = annotated.filter((annotation) => annotation.note !== '').length
  const budget = [
    memory.budget.hourly !== null && `${formatHourly(memory.budget.hourly)} budget`,
    memory.budget.monthly !== null && 'a month budget',
  ].filter(Boolean)
  return (
    <div className="w-[min(21rem,calc(100vw-4rem))] space-y-2 p-2 text-sm">
      <ThemeSelect />
      {memory.status === 'loading' && <p className="text-fg-muted">Reading this device’s data…</p>}
      {memory.problem && <p className="text-warning">{memory.problem}</p>}
      {memory.status === 'ready' && (
        <>
          <p className="text-fg">Kept in this browser for this account:</p>
          <ul className="list-disc pl-5 text-fg-muted">
            <li>status history of {plural(memory.histories.size, 'instance')}</li>
            <li>
              labels on {plural(labelled, 'instance')}, notes on {noted}, {memory.pinned.size}{' '}
              pinned
            </li>
            <li>{plural(memory.changes.length, 'change')} in the Changes log</li>
            <li>{plural(memory.views.length, 'saved view')}</li>
            {budget.length > 0 && <li>{budget.join(' and ')}</li>}
          </ul>
        </>
      )}
      <p id={detailId} className="text-xs text-fg-subtle">
        Status history and changes are kept for 90 days. Never your token (unless you ticked
        Remember on this device) or HPC-AI’s raw data. Forgetting removes all of it, for every
        account used in this browser, and signs you out.
      </p>
      <ForgetButton describedBy={detailId} onDone={onForgotten} />
    </div>
  )
}
