import { HPCAI_CONSOLE_URL } from '../lib/hpcai-console'

const MINUTE = 60_000
/** Initializing, Starting or Stopping for longer than this (as observed) is stuck. */
export const STUCK_AFTER_MS = 10 * MINUTE
export const STUCK_STATUSES: ReadonlySet<string> = new Set(['Initializing', 'Starting', 'Stopping'])
export const DISK_FULL_PERCENT = 95
export const STOP_SOON_MS = 60 * MINUTE

export type AttentionKind =
  'failed' | 'unhealthy' | 'blocked' | 'stuck' | 'disk' | 'stop-soon' | 'no-ssh'

/**
 * Something the user can do about a flag from where they read it: ask to stop it (the same
 * confirmation as the drawer's Stop instance), or open a page (HPC-AI's console for what this
 * dashboard cannot do, the instance's Jupyter).
 */
export type NextAction =
  { kind: 'stop'; label: string } | { kind: 'link'; label: string; href: string }

/**
 * An action as a flag holds it: the instance's Jupyter link is made where the flag is explained
 * (and left out when the instance has none), not for every flagged instance at load.
 */
export type FlagAction = NextAction | { kind: 'jupyter' }

export const JUPYTER_ACTION: FlagAction = { kind: 'jupyter' }

export const STOP_ACTION: NextAction = { kind: 'stop', label: 'Stop now' }
export const CONSOLE_ACTION: NextAction = {
  kind: 'link',
  label: 'Open the HPC-AI console',
  href: HPCAI_CONSOLE_URL,
}

/**
 * A flag as every part of the page holds it: what it is, its name, the reason in a few words and
 * what can be done. Why in full and the next step in words are worked out where they are read
 * (the drawer, the exports: attention-explain.ts), so that the first paint does not carry them.
 */
export interface AttentionFlag {
  kind: AttentionKind
  /** The flag's name, a word or two: "Failed", "Unhealthy", "Disk 97%", "Stops in 40 min". */
  label: string
  /** The reason in a few words, for the row and the card: "Image will not pull". */
  short: string
  /** The actions the next step names, in its order (a stop only where one may be sent). */
  actions: readonly FlagAction[]
}

/** A flag with why in full and the next step in words (attention-explain.ts). */
export interface ExplainedFlag extends AttentionFlag {
  /** Why, in a sentence, with what HPC-AI said. */
  reason: string
  /** What to do about it, where one step is known. */
  nextStep: string | null
  actions: readonly NextAction[]
}

/** API text cut to fit a short reason: "Unschedulable", "SomeVeryLongReason…". */
export const clip = (text: string, max = 32) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text
