const numberFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 })
const moneyFormat = new Intl.NumberFormat(undefined, { style: 'currency', currency: 'USD' })
const smallMoneyFormat = new Intl.NumberFormat(undefined, {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 3,
})
const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'short',
})
const relativeFormat = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' })

export const DASH = '—'

export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value)
    ? DASH
    : numberFormat.format(value)
}

export function formatMoney(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return DASH
  return (Math.abs(value) < 1 ? smallMoneyFormat : moneyFormat).format(value)
}

const isDate = (ms: number | null): ms is number =>
  ms !== null && Number.isFinite(new Date(ms).getTime())

export function formatDateTime(ms: number | null): string {
  return isDate(ms) ? dateTimeFormat.format(ms) : DASH
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1000],
]

/** "3 hours ago", "in 2 days": the largest whole unit. */
export function formatRelative(ms: number | null, now: number): string {
  if (!isDate(ms)) return DASH
  const delta = ms - now
  for (const [unit, size] of UNITS) {
    if (Math.abs(delta) >= size || unit === 'second')
      return relativeFormat.format(Math.trunc(delta / size), unit)
  }
  return DASH
}

const CENTURY_MS = 100 * 365.25 * 86_400_000

/** "5 h 12 min", "3 min", "40 s": a countdown or time left. */
export function formatDuration(ms: number): string {
  if (Number.isNaN(ms)) return DASH
  if (ms >= CENTURY_MS) return 'over 100 years'
  const total = Math.max(0, Math.floor(ms / 1000))
  const days = Math.floor(total / 86_400)
  const hours = Math.floor((total % 86_400) / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  if (days > 0) return `${days} d ${hours} h`
  if (hours > 0) return `${hours} h ${minutes} min`
  if (minutes > 0) return `${minutes} min`
  return `${total} s`
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`
}

/** A load still under way: "1,240 of 10,000 loaded". */
export function loadedSoFar(loaded: number, total: number): string {
  return `${loaded.toLocaleString()} of ${Math.max(loaded, total).toLocaleString()} loaded`
}
