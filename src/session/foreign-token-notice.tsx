import { Notice } from '../components/notice'

/**
 * A token another service issued, or issued for another audience, called out by name before it is
 * used (it would be sent to HPC-AI); the user may still choose to use it.
 */
export function ForeignTokenNotice({
  problem,
  useAnyway,
  onUseAnyway,
}: {
  problem: string
  useAnyway: boolean
  onUseAnyway: (use: boolean) => void
}) {
  return (
    <Notice tone="warning">
      <p>{problem}</p>
      <p className="mt-1">
        Signing in sends it to HPC-AI through this dashboard&apos;s server. Use it only if you know
        HPC-AI accepts it.
      </p>
      <label className="mt-2 flex items-center gap-2">
        <input
          type="checkbox"
          checked={useAnyway}
          onChange={(event) => onUseAnyway(event.target.checked)}
        />
        Use this token anyway
      </label>
    </Notice>
  )
}
