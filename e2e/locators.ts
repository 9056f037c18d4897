import type { Page } from '@playwright/test'

/** The instances table and the toolbar's count line, as a user finds them. */
export const table = (page: Page) => page.getByRole('table', { name: 'Instances' })
export const bodyRows = (page: Page) => table(page).locator('tbody tr[data-row-index]')
export const countLine = (page: Page) =>
  page.getByRole('toolbar', { name: 'Filters' }).getByRole('status')

/** The texts of one data column (1 is Name); the row's selection checkbox cell comes before it. */
export async function columnTexts(page: Page, column: number): Promise<string[]> {
  return bodyRows(page)
    .locator(`td:nth-child(${column + 1})`)
    .allInnerTexts()
}
