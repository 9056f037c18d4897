import type { AttentionFlag } from '../model/attention'
import { Notice } from '../components/notice'

/** The instance's attention flags, each with its reason and the next step where one is known. */
export function AttentionNotice({ flags }: { flags: readonly AttentionFlag[] }) {
  return (
    <Notice tone="warning" role="note" className="mb-3">
      <p className="font-semibold">Needs attention</p>
      <ul className="mt-1 space-y-1.5">
        {flags.map((flag) => (
          <li key={flag.kind}>
            <span className="font-medium">{flag.label}:</span> {flag.reason}
            {flag.nextStep && (
              <span className="block">
                <span className="font-medium">Next step:</span> {flag.nextStep}
              </span>
            )}
          </li>
        ))}
      </ul>
    </Notice>
  )
}
