import { Button } from '../components/button'
import { Kbd } from '../components/kbd'

/** Previous / next instance in the table's order, labelled by their keys; disabled at its ends. */
export function StepButtons({ next, previous }: { next?: () => void; previous?: () => void }) {
  return (
    <>
      <StepButton label="Previous" shortcut="k" onClick={previous} />
      <StepButton label="Next" shortcut="j" onClick={next} />
    </>
  )
}

function StepButton(props: { label: string; shortcut: string; onClick: (() => void) | undefined }) {
  return (
    <Button
      onClick={props.onClick}
      disabled={!props.onClick}
      title={`${props.label} instance (${props.shortcut})`}
      aria-keyshortcuts={props.shortcut}
    >
      {props.label}
      <Kbd>{props.shortcut}</Kbd>
    </Button>
  )
}
