import { useEffect, useState } from 'react'
import { CheckOption } from '../components/check-option'
import { formatDateTime } from '../lib/format'
import { describeChange } from './change-text'
import type { ChangeLog } from './use-change-log'

interface Props {
  log: ChangeLog
  instanceHref: (id: string) => string
  onOpenInstance: (id: string) => void
}

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
    <div className="w-[min(21rem,calc(100vw-4rem))] p-1 text-sm">
      <div role="log" aria-label="Changes" className="max-h-72 overflow-y-auto">
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
      <div className="mt-1 border-t border-line pt-1">
        {permission === 'unsupported' ? (
          <p className="p-2 text-xs text-fg-muted">This browser has no desktop notifications.</p>
        ) : (
          <CheckOption
            label="Notify me of changes to Running or failed"
            checked={log.notify}
            onChange={(on) => void toggle(on)}
            detail={
              permission === 'denied'
                ? 'Blocked in this browser’s site settings'
                : 'Desktop notifications with the instance name and status only, this session'
            }
          />
        )}
      </div>
      <p className="px-2 pt-1 text-xs text-fg-subtle">
        Kept for this session only, in this tab’s memory.
      </p>
    </div>
  )
}
