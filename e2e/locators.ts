import type { Page } from '@playwright/test'

/** The instances table and the toolbar's count line, as a user finds them. */
export const table = (page: Page) => page.getByRole('table', { name: 'Instances' })
export const bodyRows = (page: Page) => table(page).locator('tbody tr[data-row-index]')
export const countLine = (page: Page) =>
  page.getByRole('toolbar', { name: 'Filters' }).getByRole('status')

/** The texts of the column under a header, wherever the columns' order puts it. */
export async function columnTexts(page: Page, header: string): Promise<string[]> {
  const headers = await table(page).locator('thead th').allInnerTexts()
  const place = headers.findIndex((text) => text.replace(/[▲▼]/g, '').trim() === header)
  if (place < 0) throw new Error(`no column "${header}" among ${headers.join(', ')}`)
  return bodyRows(page)
    .locator(`td:nth-child(${place + 1})`)
    .allInnerTexts()
}
