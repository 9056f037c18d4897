import type { DroppedItem } from '../api/parse-page'
import { plural } from '../lib/format'

/** Instances HPC-AI sent in a shape the dashboard cannot read: how many, and why (first 50). */
export function DroppedItems({ dropped }: { dropped: readonly DroppedItem[] }) {
  return (
    <details className="rounded-md border border-warning-line bg-warning-soft px-3 py-2 text-sm text-warning">
      <summary className="cursor-pointer">
        {plural(dropped.length, 'instance')} could not be read
      </summary>
      <ul className="mt-1 list-disc pl-5 font-mono text-xs">
        {dropped.slice(0, 50).map((item, index) => (
          <li key={index}>
            {item.id ?? '(no id)'}: {item.reason}
          </li>
        ))}
      </ul>
    </details>
  )
}
