/**
 * How what the user keeps on this device travels in exports (CSV, JSON): plain values, one per
 * cell. The CSV's columns are defined with the table's (export/csv-columns.ts) and read these.
 */
import type { Instance } from '../api/instance'
import type { RowExtras } from './row-context'
import { spendSoFar } from './spend-so-far'

/** Labels in one cell: "team-zeta; eval" (a label never holds "; " as it has no spaces). */
export function labelsCell(extras: RowExtras): string {
  return (extras.annotation?.labels ?? []).join('; ')
}

export function noteCell(extras: RowExtras): string {
  return extras.annotation?.note ?? ''
}

export function pinnedCell(extras: RowExtras): string {
  return extras.annotation?.pinned ? 'yes' : ''
}

/** Spend so far in dollars to the cent (an estimate), empty when unknown. */
export function spendSoFarCell(instance: Instance, extras: RowExtras, now: number): string {
  const value = spendSoFar(instance, extras.firstSeen ?? null, now)
  return value === null ? '' : value.toFixed(2)
}

/** The same in a JSON export: numbers stay numbers. */
export function memoryFacts(instance: Instance, extras: RowExtras, now: number) {
  const spend = spendSoFar(instance, extras.firstSeen ?? null, now)
  return {
    labels: extras.annotation?.labels ?? [],
    note: extras.annotation?.note ?? '',
    pinned: extras.annotation?.pinned ?? false,
    spendSoFarEstimate: spend === null ? null : Math.round(spend * 100) / 100,
  }
}
