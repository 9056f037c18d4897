import { useCallback } from 'react'
import type { Instance } from '../api/instance'
import { useNow } from '../lib/use-now'
import { ConnectSection } from './connect-section'
import { DiskSection } from './disk-section'
import { DrawerFrame } from './drawer-frame'
import { HealthSection } from './health-section'
import { RawSection } from './raw-section'
import { BillingSection, ImageSection, MachineSection } from './spec-sections'

interface Props {
  id: string
  /** The rows as the table shows them, for next / previous. */
  rows: readonly Instance[]
  all: readonly Instance[]
  onNavigate: (id: string) => void
  onClose: () => void
}

/** Everything about one instance: is it OK, how do I get in, what does it cost. */
export function InstanceDrawer({ id, rows, all, onNavigate, onClose }: Props) {
  const now = useNow(30_000)
  const instance = all.find((candidate) => candidate.id === id)
  const index = rows.findIndex((candidate) => candidate.id === id)
  // An instance hidden by the filters has no neighbours in the table: no next or previous then.
  const next = index >= 0 ? rows[index + 1] : undefined
  const previous = index > 0 ? rows[index - 1] : undefined
  const goNext = useCallback(() => next && onNavigate(next.id), [next, onNavigate])
  const goPrevious = useCallback(() => previous && onNavigate(previous.id), [previous, onNavigate])

  if (!instance) {
    return (
      <DrawerFrame title="Instance not found" onClose={onClose}>
        <p role="alert" className="p-5 text-sm text-slate-800">
          There is no instance <span className="font-mono break-all">{id}</span> in this account. It
          may have been released, or the link has a typo.
        </p>
      </DrawerFrame>
    )
  }
  return (
    <DrawerFrame
      title={instance.name}
      subtitle={<p className="truncate font-mono text-xs text-slate-500">{instance.id}</p>}
      onClose={onClose}
      onNext={next ? goNext : undefined}
      onPrevious={previous ? goPrevious : undefined}
    >
      <HealthSection instance={instance} now={now} />
      <ConnectSection instance={instance} />
      <DiskSection instance={instance} />
      <MachineSection instance={instance} />
      <BillingSection instance={instance} />
      <ImageSection instance={instance} />
      <RawSection instance={instance} />
    </DrawerFrame>
  )
}
