import type { Instance } from '../../api/instance'
import type { Annotation } from '../../model/annotations'
import type { AttentionFlag } from '../../model/attention'
import type { Observation } from '../../model/observations'
import type { DrawnColumn } from './drawn-columns'
import type { ToggleRow } from './select-cells'

/** What a table row and a phone card are given: the instance, its place, and what is known of it. */
export interface InstanceRowProps {
  instance: Instance
  columns: readonly DrawnColumn[]
  compact: boolean
  rowIndex: number
  now: number
  active: boolean
  onOpen: (id: string) => void
  onActivate: (index: number) => void
  /** Given when rows can be selected: a checkbox cell first. */
  onSelect?: ToggleRow
  selected?: boolean
  /** A stop was sent and the list does not show it yet: "Stop requested". */
  pending?: boolean
  /** Shown only because its stop's outcome is on screen: it no longer matches the filters. */
  kept?: boolean
  /** Attention flags and the status observation: stable objects, so that memo holds. */
  flags?: readonly AttentionFlag[]
  observation?: Observation
  /** The user's labels, note and pin, and when the dashboard first saw it (spend so far). */
  annotation?: Annotation
  firstSeen?: number
}

/** What a row's cells read besides the instance: one object per render of the row. */
export const cellArgs = (props: InstanceRowProps, compact: boolean) => ({
  now: props.now,
  compact,
  extras: {
    flags: props.flags,
    observation: props.observation,
    annotation: props.annotation,
    firstSeen: props.firstSeen,
    stop: props.pending || props.kept ? { pending: props.pending, kept: props.kept } : undefined,
  },
})
