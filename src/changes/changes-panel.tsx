import { useEffect, useId, useState } from 'react'
import { formatDateTime } from '../lib/format'
import { describeChange } from './change-text'
import type { ChangeLog } from './use-change-log'

interface Props {
  log: ChangeLog
  instanceHref: (id: string) => string
  onOpenInstance: (id: string) => void
}

const NOTIFY = 'Notify me of changes to Running or failed'

type Permission = NotificationPermission | 'unsupported'

const permissionNow = (): Permission =>
  typeof Notification === 'undefined' ? 'unsupported' : Notification.permission

/**
 * What changed between loads this session, newest first, each linking to its instance; and the
 * switch for desktop notifications, which asks the browser's permission only when turned on.
 */
export function ChangesPanel({ log, instanceHref, onOpenInstance }: Props) {
  const { entries, markSeen, unseen } = log
  const [permission, setPermission] = useState(permissionNow)
  const detailId = useId()
  useEffect(() => {
    if (unseen) markSeen()
  }, [unseen, markSeen])

  const toggle = async (on: boolean) => {
    if (!on || permission === 'unsupported') return log.setNotify(false)
    const answer = permission === 'default' ? await Notification.requestPermission() : permission
    setPermission(answer)
    log.setNotify(answer === 'granted')
  }

  return (
    // One scroll area, the log's: the panel is never taller than the popover that holds it
    // (20rem, less its padding), so the notification switch and the note are never scrolled away
    // and the log's last entry is reached by scrolling the log alone.
    <div className="flex max-h-[min(19rem,calc(100dvh-7rem))] w-[min(21rem,calc(100vw-4rem))] flex-col p-1 text-sm">
      <div role="log" aria-label="Changes" className="min-h-0 flex-1 overflow-y-auto">
        {entries.length === 0 ? (
          <p className="p-2 text-fg-muted">
            No changes since this page loaded. Each refresh is compared with the one before.
          </p>
        ) : (
          <ol>
            {entries.map((change, index) => (
              <li
                key={`${change.at}:${change.kind}:${change.id}:${index}`}
                className="border-b border-line px-2 py-1.5 last:border-0"
              >
                <a
                  href={instanceHref(change.id)}
                  onClick={(event) => {
                    event.preventDefault()
                    onOpenInstance(change.id)
                  }}
                  className="font-medium break-all text-link underline"
                >
                  {change.name}
                </a>
                <span className="block text-fg">{describeChange(change)}</span>
                <span className="block text-xs text-fg-subtle">{formatDateTime(change.at)}</span>
              </li>
            ))}
          </ol>
        )}
      </div>
      <div className="mt-1 shrink-0 border-t border-line pt-1">
        {permission === 'unsupported' ? (
          <p className="p-2 text-xs text-fg-muted">This browser has no desktop notifications.</p>
        ) : (
          // The label on its own line and the detail under it: beside each other in a panel this
          // narrow, the label was squeezed to a word a line.
          <label className="flex cursor-pointer items-start gap-2 rounded px-2 py-1.5 hover:bg-surface-hover">
            <input
              type="checkbox"
              checked={log.notify}
              onChange={(event) => void toggle(event.target.checked)}
              aria-label={NOTIFY}
              aria-describedby={detailId}
              className="mt-0.5 size-4 shrink-0 accent-accent"
            />
            {/* Named by aria-label; hidden text can still describe it. */}
            <span aria-hidden="true">
              {NOTIFY}
              <span id={detailId} className="block text-xs text-fg-subtle">
                {permission === 'denied'
                  ? 'Blocked in this browser’s site settings'
                  : 'Desktop notifications with the instance name and status only, this session'}
              </span>
            </span>
          </label>
        )}
      </div>
      <p className="shrink-0 px-2 pt-1 text-xs text-fg-subtle">
        Kept on this device for this account: 90 days, at most 500 changes.
      </p>
    </div>
  )
}
