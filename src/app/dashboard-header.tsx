import { useId, type ReactNode } from 'react'
import { formatRelative } from '../lib/format'
import { useNow } from '../lib/use-now'
import { TokenTimeLeft } from '../session/token-time-left'
import { Button } from '../components/button'
import { PhoneToggle } from '../components/phone-toggle'
import { StableLabel } from '../components/stable-label'
import { usePhonePanel } from '../components/use-phone-panel'
import { REFRESH_CHOICES } from './use-refresh-interval'

const REFRESH = 'Refresh'
const REFRESHING = 'Refreshing…'
const LOADING = 'Loading…'
const REFRESH_LABELS = [REFRESH, REFRESHING, LOADING]
const NOT_LOADED = 'Not loaded yet'

interface Props {
  updatedAt: number
  fetching: boolean
  /** Feature buttons (views, panels) between the refresh controls and the session. */
  tools?: ReactNode
  onRefresh: () => void
  intervalMs: number
  onIntervalChange: (ms: number) => void
  expiresAt: number
  onSignOut: () => void
}

export function DashboardHeader({
  updatedAt,
  fetching,
  tools,
  onRefresh,
  intervalMs,
  onIntervalChange,
  expiresAt,
  onSignOut,
}: Props) {
  const now = useNow(1_000)
  const selectId = useId()
  // On a phone everything but the title and Refresh goes behind "More".
  const more = usePhonePanel()
  return (
    <header className="flex flex-wrap items-center gap-x-3 gap-y-2 border-b border-line px-4 py-2">
      {/* A phone's line holds the title, Refresh (as wide as "Refreshing…") and More; below
          1440 px the title is short so that the header keeps to one line from 1280 px. */}
      <h1 className="text-lg font-semibold max-tablet:text-base">
        HPC-AI<span className="max-[90rem]:sr-only"> instances</span>
      </h1>
      <Button onClick={onRefresh} aria-busy={fetching}>
        <StableLabel
          current={!fetching ? REFRESH : updatedAt ? REFRESHING : LOADING}
          widths={REFRESH_LABELS}
        />
      </Button>
      <PhoneToggle label="More" {...more.toggle} />
      <div
        {...more.panel}
        className={`w-full flex-wrap items-center gap-x-3 gap-y-2 ${more.panel.className}`}
      >
        <div className="flex flex-wrap items-center gap-x-3 gap-y-2 text-sm text-fg-muted">
          <span aria-live="off" className="whitespace-nowrap tabular-nums">
            <StableLabel
              current={
                updatedAt
                  ? `Updated ${formatRelative(updatedAt, Math.max(now, updatedAt))}`
                  : NOT_LOADED
              }
              widths={[NOT_LOADED]}
            />
          </span>
          <span className="flex items-center gap-2 whitespace-nowrap">
            <label htmlFor={selectId}>Auto-refresh</label>
            <select
              id={selectId}
              value={intervalMs}
              onChange={(event) => onIntervalChange(Number(event.target.value))}
              className="h-8 rounded-md border border-field-line bg-surface px-1 text-sm"
            >
              {REFRESH_CHOICES.map((choice) => (
                <option key={choice.ms} value={choice.ms}>
                  {choice.label}
                </option>
              ))}
            </select>
          </span>
        </div>
        {tools && <div className="flex flex-wrap items-center gap-2">{tools}</div>}
        <div className="ml-auto flex flex-wrap items-center justify-end gap-x-3 gap-y-2">
          <TokenTimeLeft expiresAt={expiresAt} />
          <Button onClick={onSignOut}>Sign out</Button>
        </div>
      </div>
    </header>
  )
}
