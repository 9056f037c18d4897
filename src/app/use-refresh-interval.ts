import { useState } from 'react'

export const REFRESH_CHOICES = [
  { label: 'Off', ms: 0 },
  { label: '10 s', ms: 10_000 },
  { label: '30 s', ms: 30_000 },
  { label: '1 min', ms: 60_000 },
  { label: '5 min', ms: 300_000 },
] as const

const KEY = 'hpcai.refreshIntervalMs'
const DEFAULT_MS = 30_000

function readStored(): number {
  try {
    const stored = Number(window.localStorage.getItem(KEY) ?? Number.NaN)
    return REFRESH_CHOICES.some((choice) => choice.ms === stored) ? stored : DEFAULT_MS
  } catch {
    return DEFAULT_MS
  }
}

/** The auto-refresh interval, remembered on this device (it is a preference, not a secret). */
export function useRefreshInterval(): [number, (ms: number) => void] {
  const [ms, setMs] = useState(readStored)
  const choose = (next: number) => {
    setMs(next)
    try {
      window.localStorage.setItem(KEY, String(next))
    } catch {
      // storage disabled: the choice lasts for this page only
    }
  }
  return [ms, choose]
}
