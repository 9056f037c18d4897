import { useCallback, type ReactNode } from 'react'
import type { Instance } from '../api/instance'
import { CopyButton } from '../components/copy-button'
import { Drawer } from '../components/drawer'
import { useNow } from '../lib/use-now'
import { ConnectSection } from './connect-section'
import { DiskSection } from './disk-section'
import { HealthSection } from './health-section'
import { LabelsSection } from './labels-section'
import { StatusHistorySection } from './status-history-section'
import { RawSection } from './raw-section'
import { BillingSection, ImageSection, MachineSection } from './spec-sections'
import { StepButtons } from './step-buttons'
import { stepKeys } from './step-keys'
import type { AttentionFlag } from '../model/attention'
import type { Observation } from '../model/observations'

interface Props {
  id: string
  /** The rows as the table shows them, for next / previous. */
  rows: readonly Instance[]
  all: readonly Instance[]
  onNavigate: (id: string) => void
  onClose: () => void
  /** Controls that act on the instance (Stop instance), composed in by the app. */
  renderActions?: (instance: Instance) => ReactNode
  /** The open instance's attention flags and what the dashboard observed of its status. */
  flags?: readonly AttentionFlag[]
  observation?: Observation
  /** Set while pages are still loading ("1,240 of 10,000 loaded"): not found may mean not yet. */
  partial?: string
}

/** Everything about one instance: is it OK, how do I get in, what does it cost. */
export function InstanceDrawer({
  id,
  rows,
  all,
  onNavigate,
  onClose,
  renderActions,
  flags,
  observation,
  partial,
}: Props) {
  const now = useNow(30_000)
  const instance = all.find((candidate) => candidate.id === id)
  const index = rows.findIndex((candidate) => candidate.id === id)
  // An instance hidden by the filters has no neighbours in the table: no next or previous then.
  const next = index >= 0 ? rows[index + 1] : undefined
  const previous = index > 0 ? rows[index - 1] : undefined
  const goNext = useCallback(() => next && onNavigate(next.id), [next, onNavigate])
  const goPrevious = useCallback(() => previous && onNavigate(previous.id), [previous, onNavigate])
  const steps = { next: next ? goNext : undefined, previous: previous ? goPrevious : undefined }
  const onKeyDown = stepKeys(steps)

  if (!instance && partial) {
    return (
      <Drawer title="Loading instance…" onClose={onClose} onKeyDown={onKeyDown}>
        <p role="status" className="p-5 text-sm text-fg">
          Looking for <span className="font-mono break-all">{id}</span> in the pages still loading (
          {partial}).
        </p>
      </Drawer>
    )
  }
  if (!instance) {
    return (
      <Drawer title="Instance not found" onClose={onClose} onKeyDown={onKeyDown}>
        <p role="alert" className="p-5 text-sm text-fg">
          There is no instance <span className="font-mono break-all">{id}</span> in this account. It
          may have been released, or the link has a typo.
        </p>
      </Drawer>
    )
  }
  return (
    <Drawer
      title={instance.name}
      subtitle={
        <div className="flex flex-wrap items-center gap-x-2">
          <p className="font-mono text-xs break-all text-fg-subtle">{instance.id}</p>
          <CopyButton text={instance.id} label="Copy instance id" />
        </div>
      }
      actions={<StepButtons {...steps} />}
      onClose={onClose}
      onKeyDown={onKeyDown}
    >
      {renderActions?.(instance)}
      <HealthSection instance={instance} now={now} flags={flags} observation={observation} />
      <StatusHistorySection instance={instance} now={now} />
      <ConnectSection instance={instance} />
      {/* Keyed: what is typed but not added stays with its instance when Next steps on. */}
      <LabelsSection key={instance.id} instance={instance} />
      <DiskSection instance={instance} />
      <MachineSection instance={instance} />
      <BillingSection instance={instance} now={now} />
      <ImageSection instance={instance} />
      <RawSection instance={instance} />
    </Drawer>
  )
}
