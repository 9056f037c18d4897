import { Button } from '../components/button'
import { Modal } from '../components/modal'
import { TONE_TEXT } from '../components/tone'
import { formatDateTime } from '../lib/format'
import { activityStore } from './activity-log'
import { useStore } from '../lib/store'

// A session lasts a day at most: the time of day, to the second, says when; the date is in the title.
const timeFormat = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' })

/** The session's actions, newest first: time, instance and result. Kept in memory only. */
export function ActivityPanel({ onClose }: { onClose: () => void }) {
  const log = useStore(activityStore)
  return (
    <Modal title="Activity" onClose={onClose} footer={<Button onClick={onClose}>Close</Button>}>
      <p className="mb-2 text-fg-muted">
        What this session did, newest first. It is kept in this tab only and cleared on sign out.
      </p>
      {log.length === 0 ? (
        <p className="text-fg">No actions yet in this session.</p>
      ) : (
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-line text-fg-muted">
              <th scope="col" className="py-1 pr-3 font-medium">
                Time
              </th>
              <th scope="col" className="py-1 pr-3 font-medium">
                Instance
              </th>
              <th scope="col" className="py-1 font-medium">
                Result
              </th>
            </tr>
          </thead>
          <tbody>
            {log.toReversed().map((entry) => (
              <tr key={entry.seq} className="border-b border-line align-top last:border-0">
                <td
                  className="py-1 pr-3 whitespace-nowrap text-fg-muted tabular-nums"
                  title={formatDateTime(entry.at)}
                >
                  {timeFormat.format(entry.at)}
                </td>
                <td className="max-w-40 py-1 pr-3 break-words text-fg" title={entry.instanceId}>
                  {entry.name || entry.instanceId}
                </td>
                <td className={`py-1 break-words ${TONE_TEXT[entry.tone]}`}>{entry.result}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Modal>
  )
}
