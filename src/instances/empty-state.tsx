export function NoInstances() {
  return (
    <div className="flex flex-1 flex-col items-center justify-center gap-2 p-10 text-center">
      <p className="text-lg font-medium text-slate-900">No instances</p>
      <p className="max-w-md text-sm text-slate-600">
        This account has no instances yet. Create one in the HPC-AI console; it shows up here on the
        next refresh.
      </p>
    </div>
  )
}

export function NoMatches({ onReset }: { onReset: () => void }) {
  return (
    <div className="flex flex-1 flex-col items-center justify-center gap-3 p-10 text-center">
      <p className="text-lg font-medium text-slate-900">No instances match</p>
      <p className="text-sm text-slate-600">Nothing matches this search and these filters.</p>
      <button
        type="button"
        onClick={onReset}
        className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700"
      >
        Reset filters
      </button>
    </div>
  )
}
