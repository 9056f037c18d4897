/**
 * The lazy kinds of the build (`npm run test:size` prints one line per kind): each names the modules
 * that are only ever `import()`ed (see src/app/lazy-parts.ts, src/app/stop-parts.tsx and the lazy()
 * calls in the feature folders) and a budget a little above its size on first use, gzip. A new lazy
 * part that no kind names is counted under "other lazy": add it to its kind here.
 */
import type { ChunkKind } from './classify-chunks.ts'

export const INITIAL_JS_BUDGET_KB = 125
/** Lazy entries that no kind names yet, together. */
export const OTHER_LAZY_BUDGET_KB = 5

export const CHUNK_KINDS: ChunkKind[] = [
  {
    // 14: with the fleet's memory (status history, labels, note, VS Code) and SSH access, which
    // it shares with the SSH config export (neither is in the first paint any more).
    kind: 'drawer',
    budgetKb: 14,
    entries: ['src/instance-detail/instance-drawer.tsx'],
  },
  {
    // 9: reconciling a list with the stops in progress loads with the stop watch, not at first paint.
    kind: 'stop actions',
    budgetKb: 9,
    entries: [
      'src/stops/stop-actions.tsx',
      'src/stops/stop-instance-button.tsx',
      'src/stops/activity-panel.tsx',
      'src/stops/stop-watch.tsx',
    ],
  },
  {
    kind: 'changes',
    budgetKb: 3,
    entries: [
      'src/changes/notifier.tsx',
      'src/changes/changes-panel.tsx',
      'src/instances/summary/attention-rules-list.tsx',
    ],
  },
  { kind: 'cost and charts', budgetKb: 7.5, entries: ['src/cost/cost-view.tsx'] },
  {
    // 11: the JSON export writes each flag's reason, worked out by attention-explain (shared
    // with the drawer, 1.3 kB), and the SSH config export its SSH access: neither in the first paint.
    kind: 'exports',
    budgetKb: 11,
    entries: [
      'src/app/export-tools.tsx',
      'src/export/export-view.ts',
      'src/export/ssh-config-dialog.tsx',
    ],
  },
  {
    kind: 'saved views',
    budgetKb: 12.5,
    entries: [
      'src/saved-views/views-menu-items.tsx',
      'src/saved-views/save-view-dialog.tsx',
      'src/saved-views/rename-view-dialog.tsx',
      'src/saved-views/delete-view-dialog.tsx',
      'src/saved-views/view-actions.ts',
    ],
  },
  {
    // A saved-views file's strict checks (zod), when one is imported from the Views menu (whose
    // chunks, loaded by then, count here too: about 6.5 kB of this is the file's own).
    kind: 'views file',
    budgetKb: 13.5,
    entries: ['src/saved-views/saved-views-file.ts'],
  },
  {
    // The lenient schema (zod) for an answer the fast path cannot read: not of the documented
    // shape (src/api/parse-page.ts), or not a list at all (its error message).
    kind: 'odd answers',
    budgetKb: 7.5,
    entries: ['src/api/lenient-reader.ts'],
  },
  { kind: 'dialogs', budgetKb: 2, entries: ['src/app/shortcuts-dialog.tsx'] },
  {
    // Activity, Changes, Cost, ? and This device: right after the first paint, behind placeholders.
    kind: 'header tools',
    budgetKb: 3,
    entries: ['src/app/header-tools.tsx'],
  },
  {
    kind: 'empty and problem states',
    budgetKb: 1.5,
    entries: ['src/instances/table/empty-states.tsx', 'src/app/dropped-items.tsx'],
  },
  {
    kind: 'phone layout',
    budgetKb: 2.5,
    entries: ['src/instances/table/instance-card.tsx', 'src/instances/table/phone-header.tsx'],
  },
  { kind: 'column menu', budgetKb: 1.5, entries: ['src/instances/toolbar/column-menu-panel.tsx'] },
  // The headers' resize edges: loaded with the table's first paint.
  { kind: 'resize edges', budgetKb: 1, entries: ['src/instances/table/resize-handle.tsx'] },
  { kind: 'facet lists', budgetKb: 1.5, entries: ['src/instances/toolbar/facet-options.tsx'] },
  // 3.5: why a pasted token is refused, in words, lives here (the first paint reads only claims).
  { kind: 'token screen', budgetKb: 3.5, entries: ['src/session/token-screen.tsx'] },
  // Walks an upstream answer for secrets before it is shown; only an error needs it.
  { kind: 'redaction', budgetKb: 0.5, entries: ['src/lib/redact.ts'] },
  {
    // The account's store on this device (idb, IndexedDB), opened after the first paint.
    kind: 'memory',
    budgetKb: 8.5,
    entries: ['src/memory/device-data-panel.tsx', 'src/memory/forget-offer.tsx'],
  },
]
