/**
 * What a user writes about an instance on this device: labels, a note, a pin. Pure functions; the
 * text is the user's own but still shown as text only, and cleaned of characters that could make
 * it read as something else (controls, bidirectional overrides, zero-width marks).
 */
export interface Annotation {
  labels: readonly string[]
  note: string
  pinned: boolean
  /** Last change (ms), for dropping the oldest first. */
  updatedAt: number
}

export type Annotations = ReadonlyMap<string, Annotation>

export const NO_ANNOTATIONS: Annotations = new Map()

export const MAX_LABEL_LENGTH = 40
export const MAX_LABELS = 20
export const MAX_NOTE_LENGTH = 2_000
/** Annotated instances kept per account; the least recently changed go first. */
export const MAX_ANNOTATED = 10_000

const EMPTY: Annotation = { labels: [], note: '', pinned: false, updatedAt: 0 }

/** Control and format characters (incl. bidi overrides and zero-width marks) removed from any text. */
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu

export type LabelCheck = { ok: true; label: string } | { ok: false; problem: string }

/** A label as kept: one word (spaces become dashes), visible characters only, at most 40 of them. */
export function cleanLabel(text: string, existing: readonly string[] = []): LabelCheck {
  const label = text.normalize('NFC').replace(INVISIBLE, '').trim().replace(/\s+/g, '-')
  if (!label) return { ok: false, problem: 'Type a label first.' }
  if (label.length > MAX_LABEL_LENGTH)
    return { ok: false, problem: `A label has at most ${MAX_LABEL_LENGTH} characters.` }
  if (existing.some((other) => sameLabel(other, label)))
    return { ok: false, problem: `It already has the label ${label}.` }
  if (existing.length >= MAX_LABELS)
    return { ok: false, problem: `An instance has at most ${MAX_LABELS} labels.` }
  return { ok: true, label }
}

export const sameLabel = (a: string, b: string) => a.toLowerCase() === b.toLowerCase()

/** A note as kept: line breaks and tabs stay, other invisible characters go, at most 2,000 characters. */
export function cleanNote(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[^\P{Cc}\n\t]|\p{Cf}/gu, '')
    .slice(0, MAX_NOTE_LENGTH)
    .replace(/[\uD800-\uDBFF]$/, '')
    .trimEnd()
}

export const isBlank = (annotation: Annotation) =>
  annotation.labels.length === 0 && annotation.note === '' && !annotation.pinned

export type AnnotationChange =
  | { kind: 'add-label'; label: string }
  | { kind: 'remove-label'; label: string }
  | { kind: 'note'; note: string }
  | { kind: 'pin'; pinned: boolean }

/** The annotation after a change, or null when nothing is left of it (the record is deleted). */
export function annotate(
  before: Annotation | undefined,
  change: AnnotationChange,
  at: number,
): Annotation | null {
  const current = before ?? EMPTY
  let next: Annotation
  switch (change.kind) {
    case 'add-label': {
      const check = cleanLabel(change.label, current.labels)
      if (!check.ok) return before ?? null
      next = { ...current, labels: [...current.labels, check.label] }
      break
    }
    case 'remove-label':
      next = { ...current, labels: current.labels.filter((l) => !sameLabel(l, change.label)) }
      break
    case 'note':
      next = { ...current, note: cleanNote(change.note) }
      break
    case 'pin':
      next = { ...current, pinned: change.pinned }
  }
  next = { ...next, updatedAt: at }
  return isBlank(next) ? null : next
}

/** Every label in use with how many instances carry it, most used first, then by name. */
export function labelCounts(annotations: Annotations): { label: string; count: number }[] {
  const counts = new Map<string, { label: string; count: number }>()
  for (const { labels } of annotations.values()) {
    for (const label of labels) {
      const key = label.toLowerCase()
      const entry = counts.get(key) ?? { label, count: 0 }
      entry.count += 1
      counts.set(key, entry)
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
}

/** Labels used elsewhere that this instance does not have, for the Add label suggestions. */
export function labelSuggestions(annotations: Annotations, own: readonly string[]): string[] {
  return labelCounts(annotations)
    .map((entry) => entry.label)
    .filter((label) => !own.some((mine) => sameLabel(mine, label)))
}

/**
 * What to keep within the caps: at most MAX_ANNOTATED records, the least recently changed dropped
 * first. Returns the ids to drop.
 */
export function annotationsOverCap(annotations: Annotations, cap = MAX_ANNOTATED): string[] {
  if (annotations.size <= cap) return []
  return [...annotations]
    .sort(([, a], [, b]) => a.updatedAt - b.updatedAt)
    .slice(0, annotations.size - cap)
    .map(([id]) => id)
}

/** The ids pinned to the top of every sort. */
export function pinnedIds(annotations: Annotations): ReadonlySet<string> {
  const ids = new Set<string>()
  for (const [id, annotation] of annotations) if (annotation.pinned) ids.add(id)
  return ids
}
