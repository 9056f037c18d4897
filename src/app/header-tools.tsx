import type { Instance } from '../api/instance'
import { Button } from '../components/button'
import { ChangesButton } from '../changes/changes-button'
import type { ChangeLog } from '../changes/use-change-log'
import { CostButton } from '../cost/cost-button'
import { DeviceDataButton } from '../memory/device-data-button'
import { ActivityButton } from '../stops/activity-button'

interface Props {
  changes: ChangeLog
  /** The rows the view shows (the Cost view's), and the whole fleet (for the budget). */
  rows: readonly Instance[]
  all: readonly Instance[]
  filters: string[]
  instanceHref: (id: string) => string
  onOpenInstance: (id: string) => void
  onHelp: () => void
  onForgotten: () => void
}

/** The header's panels: Activity, Changes, Cost, the shortcuts and This device, loaded after the first paint. */
export function HeaderTools(props: Props) {
  const { instanceHref, onOpenInstance } = props
  return (
    <>
      <ActivityButton />
      <ChangesButton
        log={props.changes}
        instanceHref={instanceHref}
        onOpenInstance={onOpenInstance}
      />
      <CostButton
        instances={props.rows}
        fleet={props.all}
        total={props.all.length}
        filters={props.filters}
        instanceHref={instanceHref}
        onOpenInstance={onOpenInstance}
      />
      <Button onClick={props.onHelp} aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)">
        <span aria-hidden="true">?</span>
      </Button>
      <DeviceDataButton onForgotten={props.onForgotten} />
    </>
  )
}
