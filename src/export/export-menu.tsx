import { lazy, useState } from 'react'
import { createPortal } from 'react-dom'
import type { Instance } from '../api/instance'
import { isChunkLoadError } from '../lib/chunk-error'
import type { RowContext } from '../model/row-context'
import type { ColumnId } from '../model/column-ids'
import type { ViewState } from '../model/view-state'
import { LazyPart } from '../components/lazy-part'
import { MenuButton } from '../components/menu-button'
import { MenuItem } from '../components/menu-item'
import { NewVersionNotice } from '../components/new-version-notice'
import type { ExportFormat } from './export-view'
import { loadExportView } from './load-export-view'

const SshConfigDialog = lazy(() =>
  import('./ssh-config-dialog').then((module) => ({ default: module.SshConfigDialog })),
)

const FILES: { format: ExportFormat; label: string; detail: string }[] = [
  { format: 'csv', label: 'CSV', detail: 'for a spreadsheet, the visible columns' },
  { format: 'json', label: 'JSON', detail: 'as the dashboard reads them' },
  { format: 'raw', label: 'Raw JSON', detail: 'exactly as HPC-AI sent them' },
]

interface Props {
  /** The instances the view shows, in its order. */
  rows: readonly Instance[]
  view: ViewState
  /** The columns the table shows, in its order: the CSV's columns. */
  shown: readonly ColumnId[]
  /** Attention flags and observed status times, written beside each instance. */
  context?: RowContext
  disabled?: boolean
}

/** The Export menu: the view as CSV, JSON or raw JSON, or one SSH config for its running instances. */
export function ExportMenu({ rows, view, shown, context, disabled }: Props) {
  const [sshOpen, setSshOpen] = useState(false)
  const [said, setSaid] = useState('')
  const [stale, setStale] = useState(false)

  const download = (format: ExportFormat) => {
    loadExportView()
      .then((module) =>
        setSaid(`Downloading ${module.downloadExport(format, rows, view, shown, context)}`),
      )
      .catch((error: unknown) => {
        if (isChunkLoadError(error)) setStale(true)
        else setSaid('The export could not be built.')
      })
  }

  return (
    <>
      <MenuButton
        label="Export"
        align="end"
        disabled={disabled}
        onOpen={() => void loadExportView().catch(() => undefined)}
      >
        {FILES.map((file) => (
          <MenuItem
            key={file.format}
            aria-label={file.label}
            onClick={() => download(file.format)}
            className="w-full"
          >
            <span className="font-medium">{file.label}</span>
            <span className="text-xs text-fg-subtle">{file.detail}</span>
          </MenuItem>
        ))}
        <MenuItem aria-label="SSH config" onClick={() => setSshOpen(true)} className="w-full">
          <span className="font-medium">SSH config…</span>
          <span className="text-xs text-fg-subtle">one Host per running instance</span>
        </MenuItem>
      </MenuButton>
      {/* Outside the toolbar: a dialog and a message are no part of it. */}
      {createPortal(
        <>
          <span role="status" className="sr-only">
            {said}
          </span>
          {stale && (
            <NewVersionNotice className="fixed right-4 bottom-4 left-4 z-50 shadow-lg sm:left-auto" />
          )}
          {sshOpen && (
            <LazyPart>
              <SshConfigDialog rows={rows} view={view} onClose={() => setSshOpen(false)} />
            </LazyPart>
          )}
        </>,
        document.body,
      )}
    </>
  )
}
