import { useState } from 'react'
import type { Instance } from '../api/instance'
import { rawOf } from '../api/raw-of'
import { CopyButton } from '../components/copy-button'
import { Section } from '../components/section'

/** The instance exactly as HPC-AI sent it, for support tickets; rendered only when opened. */
export function RawSection({ instance }: { instance: Instance }) {
  const [open, setOpen] = useState(false)
  const json = JSON.stringify(rawOf(instance), null, 2)
  return (
    <Section title="Raw">
      <details onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary className="cursor-pointer text-sm text-fg-muted">JSON as received</summary>
        {open && (
          <pre className="mt-2 max-h-96 overflow-auto rounded-md bg-surface-muted p-3 text-xs">
            {json}
          </pre>
        )}
      </details>
      <div className="mt-2">
        <CopyButton text={json} label="Copy JSON" />
      </div>
    </Section>
  )
}
