import { useEffect, useState } from 'react'
import { Button } from './button'

/** Copies `text` to the clipboard and says so; its accessible name stays `label`. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')
  useEffect(() => {
    if (state === 'idle') return
    const timer = setTimeout(() => setState('idle'), 2_000)
    return () => clearTimeout(timer)
  }, [state])
  const copy = () => {
    navigator.clipboard.writeText(text).then(
      () => setState('copied'),
      () => setState('failed'),
    )
  }
  return (
    <span className="inline-flex items-center gap-2">
      <Button onClick={copy}>{label}</Button>
      <span role="status" className="text-xs text-fg-muted">
        {state === 'copied'
          ? 'Copied'
          : state === 'failed'
            ? 'Could not copy: select the text and copy it by hand'
            : ''}
      </span>
    </span>
  )
}
