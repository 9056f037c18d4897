import type { StatusGroup } from '../lib/status'

const GROUP_CLASS: Record<StatusGroup, string> = {
  running: 'bg-emerald-50 text-emerald-800 ring-emerald-600/30',
  transitional: 'bg-sky-50 text-sky-800 ring-sky-600/30',
  stopped: 'bg-slate-100 text-slate-700 ring-slate-500/30',
  failed: 'bg-red-50 text-red-800 ring-red-600/30',
  unknown: 'text-slate-700 ring-transparent',
}

/** A status as a coloured badge per group; an unknown status is plain text, never an error. */
export function StatusBadge({ status, group }: { status: string; group: StatusGroup }) {
  return (
    <span
      className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${GROUP_CLASS[group]}`}
    >
      {status || 'Unknown'}
    </span>
  )
}
