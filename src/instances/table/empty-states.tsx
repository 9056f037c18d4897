import { Button } from '../../components/button'

export function NoInstances() {
  return (
    <div className="flex flex-1 flex-col items-center justify-center gap-2 p-10 text-center">
      <p className="text-lg font-medium text-fg">No instances</p>
      <p className="max-w-md text-sm text-fg-muted">
        This account has no instances yet. Create one in the HPC-AI console; it shows up here on the
        next refresh.
      </p>
    </div>
  )
}

export function NoMatches({ onReset }: { onReset: () => void }) {
  return (
    <div className="flex flex-1 flex-col items-center justify-center gap-3 p-10 text-center">
      <p className="text-lg font-medium text-fg">No instances match</p>
      <p className="text-sm text-fg-muted">Nothing matches this search and these filters.</p>
      <Button variant="primary" onClick={onReset}>
        Reset filters
      </Button>
    </div>
  )
}
