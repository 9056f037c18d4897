import { useEffect, useState } from 'react'

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
      <button
        type="button"
        onClick={copy}
        className="rounded-md border border-slate-300 px-2.5 py-1 text-sm text-slate-800 hover:bg-slate-50"
      >
        {label}
      </button>
      <span role="status" className="text-xs text-slate-600">
        {state === 'copied'
          ? 'Copied'
          : state === 'failed'
            ? 'Could not copy: select the text and copy it by hand'
            : ''}
      </span>
    </span>
  )
}
