import { HOURS } from './raw-expectations'
import { expect, type Page } from '@playwright/test'
import type { ReceivedRequest } from '../sim/server.ts'
import { isStoppable } from '../sim/stoppable.ts'
import { bodyRows } from './locators.ts'
import { DEFAULT_INSTANCES } from './sim-data.ts'

/** The default data set as the stop tests need it: id, name, status and listed price per hour. */
export const INSTANCES = DEFAULT_INSTANCES.map((item) => ({
  id: item.instanceMetadata.instanceId,
  name: item.instanceSpecInfo.name,
  status: item.instanceRuntimeInfo.status,
  stoppable: isStoppable(item.instanceRuntimeInfo.status),
}))

export function instanceNamed(name: string) {
  const found = INSTANCES.find((instance) => instance.name === name)
  if (!found) throw new Error(`no instance ${name} in the default data`)
  return found
}

/** The stop requests the simulator received, in order: the id each asked to stop. */
export function stopRequests(received: ReceivedRequest[]): string[] {
  return received
    .filter((request) => request.path === '/api/instance/stop')
    .map((request) => (request.body as { instanceId: string }).instanceId)
}

export const checkbox = (page: Page, name: string) =>
  page.getByRole('checkbox', { name: `Select ${name}`, exact: true })

export const rowOf = (page: Page, name: string) =>
  bodyRows(page).filter({ has: checkbox(page, name) })

export const selectionBar = (page: Page) => page.getByRole('region', { name: 'Selection' })
export const confirmDialog = (page: Page) => page.getByRole('alertdialog')
export const results = (page: Page) => page.getByRole('status', { name: 'Stop results' })

/** "$1,234.56/h" as a number. */
export const dollars = (text: string) => Number(text.replace(/[^\d.]/g, ''))

/** The listed price per hour of an instance of the default data, computed here from the raw data. */
export function hourlyOf(id: string): number {
  const item = DEFAULT_INSTANCES.find((raw) => raw.instanceMetadata.instanceId === id)
  const billing = item?.instanceSpecInfo.instanceBillingInfo
  const hours = HOURS[String(billing?.chargeMode)]
  return hours && typeof billing?.price === 'number' ? billing.price / hours : 0
}

/**
 * How many accepted stops the outcome's headline counts, however far each has got: "2 stops
 * requested, 1 stopping" is 3 (its words follow the rows: requested, then the listed status).
 */
export function acceptedIn(headline: string): number {
  let sum = 0
  for (const match of headline.matchAll(
    /([\d,]+) (?:stops? requested|stopping|stopped|no longer listed)/g,
  ))
    sum += Number(match[1]?.replace(/,/g, ''))
  return sum
}

/** Waits until the outcome counts `count` accepted stops (and nothing else unless `rest` says). */
export async function expectAccepted(page: Page, count: number): Promise<void> {
  const headline = results(page).locator('p.font-semibold')
  await expect.poll(async () => acceptedIn(await headline.innerText())).toBe(count)
}
