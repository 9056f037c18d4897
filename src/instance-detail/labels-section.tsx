import { useEffect, useId, useRef, useState } from 'react'
import type { Instance } from '../api/instance'
import { Button } from '../components/button'
import { Section } from '../components/section'
import { cleanLabel, labelSuggestions, MAX_NOTE_LENGTH } from '../model/annotations'
import { annotateInstance } from '../model/memory-actions'
import { useMemory } from '../model/memory-store'

const NO_LABELS: readonly string[] = []
const SUGGESTIONS = 8
/** A note is kept this long after the last keystroke (and when the drawer closes). */
const NOTE_DELAY_MS = 400

/**
 * The user's own words about an instance, kept on this device: labels (Enter adds one; the ones
 * used elsewhere are suggested), a note, and a pin to the top of the list. All shown as text.
 */
export function LabelsSection({ instance }: { instance: Instance }) {
  const memory = useMemory()
  const { id } = instance
  const annotation = memory.annotations.get(id)
  const labels = annotation?.labels ?? NO_LABELS
  const editable = memory.status === 'ready' || memory.status === 'unavailable'
  const [draft, setDraft] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  // Labels used on other instances, those starting with what is typed first (a plain field, not
  // a datalist: the field stays a textbox, and every suggestion is a button to tap).
  const typed = draft.trim().toLowerCase()
  const suggestions = labelSuggestions(memory.annotations, labels)
    .filter((label) => label.toLowerCase().includes(typed))
    .sort(
      (a, b) =>
        Number(!a.toLowerCase().startsWith(typed)) - Number(!b.toLowerCase().startsWith(typed)),
    )
    .slice(0, SUGGESTIONS)
  const problemId = useId()
  const add = () => {
    const check = cleanLabel(draft, labels)
    if (!check.ok) return setProblem(check.problem)
    annotateInstance(id, { kind: 'add-label', label: check.label })
    setDraft('')
    setProblem(null)
  }
  return (
    <Section title="Labels and note">
      {memory.status === 'loading' && (
        <p className="mb-2 text-sm text-fg-muted">Reading this device’s data…</p>
      )}
      {memory.problem && <p className="mb-2 text-sm text-warning">{memory.problem}</p>}
      {labels.length > 0 && (
        <ul aria-label="Labels" className="mb-2 flex flex-wrap gap-1.5">
          {labels.map((label) => (
            <li
              key={label}
              className="inline-flex max-w-full items-center gap-1 rounded-full border border-line bg-surface-hover py-0.5 pr-1 pl-2.5 text-sm text-fg"
            >
              <span className="break-all">{label}</span>
              <button
                type="button"
                aria-label={`Remove label ${label}`}
                disabled={!editable}
                onClick={() => annotateInstance(id, { kind: 'remove-label', label })}
                className="rounded-full px-1 text-fg-muted hover:bg-surface hover:text-fg"
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="flex gap-2">
        <input
          type="text"
          aria-label="Add label"
          placeholder="Add label (Enter)"
          value={draft}
          disabled={!editable}
          maxLength={80}
          aria-invalid={problem !== null}
          aria-describedby={problemId}
          onChange={(event) => {
            setDraft(event.target.value)
            setProblem(null)
          }}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return
            event.preventDefault()
            add()
          }}
          className="h-8 min-w-0 flex-1 rounded-md border border-field-line bg-surface px-2 text-sm"
        />
        <Button onClick={add} disabled={!editable || draft.trim() === ''}>
          Add
        </Button>
      </div>
      {suggestions.length > 0 && (
        <div className="mt-1 flex flex-wrap items-center gap-1 text-xs text-fg-muted">
          Used elsewhere:
          {suggestions.map((label) => (
            <button
              key={label}
              type="button"
              aria-label={`Add label ${label}`}
              disabled={!editable}
              onClick={() => annotateInstance(id, { kind: 'add-label', label })}
              className="rounded-full border border-dashed border-line-strong px-2 py-0.5 break-all text-fg hover:bg-surface-hover"
            >
              {label}
            </button>
          ))}
        </div>
      )}
      <p id={problemId} role="status" className="mt-1 min-h-[1lh] text-xs text-danger">
        {problem}
      </p>
      <NoteField
        key={`${id}:${memory.status}`}
        id={id}
        note={annotation?.note ?? ''}
        editable={editable}
      />
      <label className="mt-2 flex items-center gap-2 text-sm text-fg">
        <input
          type="checkbox"
          checked={annotation?.pinned ?? false}
          disabled={!editable}
          onChange={(event) => annotateInstance(id, { kind: 'pin', pinned: event.target.checked })}
          className="size-4 accent-accent"
        />
        Pin to the top of the list (in any sort)
      </label>
      <p className="mt-2 text-xs text-fg-subtle">
        Kept in this browser for this account; labels are searchable (label:name) and in exports.
      </p>
    </Section>
  )
}

/** The note, kept shortly after typing stops and when the drawer closes. */
function NoteField({ id, note, editable }: { id: string; note: string; editable: boolean }) {
  const [text, setText] = useState(note)
  const pending = useRef<string | null>(null)
  const fieldId = useId()
  useEffect(() => {
    if (pending.current === null) return
    const timer = setTimeout(() => {
      if (pending.current !== null) annotateInstance(id, { kind: 'note', note: pending.current })
      pending.current = null
    }, NOTE_DELAY_MS)
    return () => clearTimeout(timer)
  }, [id, text])
  useEffect(
    () => () => {
      if (pending.current !== null) annotateInstance(id, { kind: 'note', note: pending.current })
    },
    [id],
  )
  return (
    <div>
      <label htmlFor={fieldId} className="text-sm text-fg-muted">
        Note
      </label>
      <textarea
        id={fieldId}
        value={text}
        disabled={!editable}
        maxLength={MAX_NOTE_LENGTH}
        rows={3}
        onChange={(event) => {
          setText(event.target.value)
          pending.current = event.target.value
        }}
        onBlur={() => {
          if (pending.current === null) return
          annotateInstance(id, { kind: 'note', note: pending.current })
          pending.current = null
        }}
        className="mt-1 block w-full rounded-md border border-field-line bg-surface p-2 text-sm"
      />
    </div>
  )
}
