import { useMemo } from 'react'
import type { Instance } from '../api/instance'
import { plural } from '../lib/format'
import type { ViewState } from '../model/view-state'
import { Button } from '../components/button'
import { CopyButton } from '../components/copy-button'
import { Modal } from '../components/modal'
import { Notice } from '../components/notice'
import { downloadText } from '../lib/download'
import { exportFileName } from '../model/export-file-name'
import { SkippedList } from './skipped-list'
import { sshConfigForView } from './ssh-config-for-view'

interface Props {
  rows: readonly Instance[]
  view: ViewState
  onClose: () => void
}

/** One `~/.ssh/config` fragment for every running instance of the view, and who was left out. */
export function SshConfigDialog({ rows, view, onClose }: Props) {
  const config = useMemo(() => sshConfigForView(rows), [rows])
  const first = config.hosts[0]
  const download = () =>
    downloadText(exportFileName('ssh-config', 'conf', view, new Date()), config.text, 'text/plain')
  return (
    <Modal
      title="SSH config"
      onClose={onClose}
      footer={
        <>
          {first ? <CopyButton text={config.text} label="Copy" /> : <Button disabled>Copy</Button>}
          <Button onClick={download} disabled={!first}>
            Download
          </Button>
          <Button variant="ghost" onClick={onClose}>
            Close
          </Button>
        </>
      }
    >
      {first ? (
        <>
          <p className="mb-2 text-fg-muted">
            {plural(config.hosts.length, 'host')} for the running instances of this view. Add them
            to <code className="font-mono">~/.ssh/config</code>, then connect with{' '}
            <code className="font-mono">ssh {first.alias}</code>.
          </p>
          <pre
            tabIndex={0}
            aria-label="SSH config for the view"
            className="max-h-64 overflow-auto rounded-md bg-code px-3 py-2 font-mono text-sm text-on-code"
          >
            {config.text}
          </pre>
        </>
      ) : (
        <Notice tone="info">
          No instance in this view is Running with an SSH port HPC-AI sent in a usable form.
        </Notice>
      )}
      <SkippedList skipped={config.skipped} />
    </Modal>
  )
}
