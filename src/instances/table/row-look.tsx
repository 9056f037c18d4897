/**
 * A row's (or card's) look in each state, with an opaque background that its sticky cells take on
 * (they also draw their part of the focus ring: see sticky-columns.ts).
 */
export const rowClass = (selected: boolean) =>
  `cursor-pointer outline-offset-[-2px] hover:bg-surface-hover focus-visible:bg-accent-soft ${selected ? 'bg-accent-soft' : 'bg-canvas'}`

/** What a table row and a phone card have in common, and what their <tr> does with it. */
interface RowBehaviour {
  instance: { id: string }
  rowIndex: number
  active: boolean
  onOpen: (id: string) => void
  onActivate: (index: number) => void
}

/** The <tr> props of an instance row or card: its place, whether it takes Tab, and its click. */
export const rowProps = ({ instance, rowIndex, active, onOpen, onActivate }: RowBehaviour) => ({
  'data-row-index': rowIndex,
  'aria-rowindex': rowIndex + 2,
  tabIndex: active ? 0 : -1,
  onClick: () => {
    onActivate(rowIndex)
    onOpen(instance.id)
  },
})
