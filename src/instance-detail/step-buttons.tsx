import { Button } from '../components/button'

/** Previous / next instance in the table's order; disabled at its ends. */
export function StepButtons({ next, previous }: { next?: () => void; previous?: () => void }) {
  return (
    <>
      <StepButton label="Previous" arrow="↑" shortcut="k" onClick={previous} />
      <StepButton label="Next" arrow="↓" shortcut="j" onClick={next} />
    </>
  )
}

function StepButton(props: {
  label: string
  arrow: string
  shortcut: string
  onClick: (() => void) | undefined
}) {
  return (
    <Button
      onClick={props.onClick}
      disabled={!props.onClick}
      title={`${props.label} instance (${props.shortcut})`}
    >
      <span aria-hidden="true">{props.arrow}</span> {props.label}
    </Button>
  )
}
