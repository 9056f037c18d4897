import { DASH, formatDateTime } from './format'

const weekdayTime = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
})
const dayTime = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
})

/** A time in the last week as "Tue 14:02", older as "3 Dec 14:02", older than a year with the year. */
export function formatWhen(ms: number, now: number): string {
  if (!Number.isFinite(new Date(ms).getTime())) return DASH
  const age = now - ms
  if (age >= 0 && age < 6 * 86_400_000) return weekdayTime.format(ms)
  return age < 300 * 86_400_000 ? dayTime.format(ms) : formatDateTime(ms)
}
