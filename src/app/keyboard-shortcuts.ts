/** Every key the dashboard answers, as the Keyboard shortcuts dialog lists them. */
export const KEYBOARD_SHORTCUTS: { keys: string[]; action: string }[] = [
  { keys: ['/'], action: 'Search' },
  { keys: ['↓', 'Enter'], action: 'From the search field, go to the instances' },
  { keys: ['↑', '↓'], action: 'Previous / next instance in the table' },
  { keys: ['Page Up', 'Page Down'], action: 'Ten instances up / down' },
  { keys: ['Home', 'End'], action: 'First / last instance' },
  { keys: ['Enter'], action: 'Open the instance' },
  {
    keys: ['Space'],
    action: 'Select or unselect the instance (Shift: the range from the last one)',
  },
  { keys: ['k', 'j'], action: 'In an open instance: previous / next instance' },
  { keys: ['↑', '↓', 'Home', 'End'], action: 'In a filter or menu: move between its options' },
  { keys: ['a–z'], action: 'In a filter or menu: jump to the option that starts so' },
  { keys: ['Esc'], action: 'Close the open panel, menu or dialog' },
  { keys: ['?'], action: 'This list' },
]
