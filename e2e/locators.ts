import type { Locator, Page } from '@playwright/test'

/** The instances table and the toolbar's count line, as a user finds them. */
export const table = (page: Page) => page.getByRole('table', { name: 'Instances' })
export const bodyRows = (page: Page) => table(page).locator('tbody tr[data-row-index]')
export const countLine = (page: Page) =>
  page.getByRole('toolbar', { name: 'Filters' }).getByRole('status')

/** Where the column under a header is (1-based, the checkbox column counted), wherever it was moved. */
async function columnPlace(page: Page, header: string): Promise<number> {
  const headers = await table(page).locator('thead th').allInnerTexts()
  const place = headers.findIndex((text) => text.replace(/[▲▼]/g, '').trim() === header)
  if (place < 0) throw new Error(`no column "${header}" among ${headers.join(', ')}`)
  return place + 1
}

/** The texts of the column under a header. */
export async function columnTexts(page: Page, header: string): Promise<string[]> {
  return bodyRows(page)
    .locator(`td:nth-child(${await columnPlace(page, header)})`)
    .allInnerTexts()
}

/** A row's cell in the column under a header. */
export async function cellIn(page: Page, row: Locator, header: string): Promise<Locator> {
  return row.locator(`td:nth-child(${await columnPlace(page, header)})`)
}
