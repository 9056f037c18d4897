/**
 * The one name of a stop in progress: from the moment it is sent until a list shows the status
 * HPC-AI gives it, the row, the card, the drawer and the stop outcome all say this (stop-state.ts).
 * A file of its own so that the first paint (a row's badge) takes the word, not the rules.
 */
export const STOP_REQUESTED = 'Stop requested'
