import type { Page } from '@playwright/test'
import { expectNoSeriousViolations } from './axe.ts'
import { expect, signInWithDemo, test } from './fixtures.ts'

const EXAMPLE_ID = 'notebook-5ac72ea0-xxxx-xxxx-xxxx-eea5891c2019'
const drawer = (page: Page, name = 'example-instance') => page.getByRole('dialog', { name })

test("the spec's example instance shows its SSH command, Jupyter link, disks and health", async ({
  page,
}) => {
  await signInWithDemo(page, '/?q=example-instance')
  await page.getByRole('table', { name: 'Instances' }).getByText('example-instance').click()
  const dialog = drawer(page)
  await expect(dialog).toBeVisible()
  await expect(page).toHaveURL(new RegExp(`instance=${EXAMPLE_ID}`))
  await expect(
    dialog.getByText('ssh -p 31674 username@122.xx.xx.202', { exact: true }),
  ).toBeVisible()
  const jupyter = dialog.getByRole('link', { name: 'Open Jupyter' })
  await expect(jupyter).toHaveAttribute(
    'href',
    `https://asia-sg-1.hpc-ai.com/notebook/${EXAMPLE_ID}/${EXAMPLE_ID}-0`,
  )
  await expect(jupyter).toHaveAttribute('target', '_blank')
  await expect(jupyter).toHaveAttribute('rel', 'noopener noreferrer')
  await expect(dialog.getByRole('meter', { name: 'Root disk' })).toHaveAttribute(
    'aria-valuenow',
    '5',
  )
  await expect(dialog.getByRole('meter', { name: 'Data disk' })).toHaveAttribute(
    'aria-valuenow',
    '0',
  )
  await expect(dialog.getByText('Healthy', { exact: true })).toBeVisible()
  for (const documented of [
    '08f6f261-xxxx-xxxx-xxxx-85e6ae32f492',
    'ee90dd8f-xxxx-xxxx-xxxx-c3ff72915722',
    'fce31a0c-xxxx-xxxx-xxxx-41caa1bdd251',
    'INTEL(R) XEON(R) PLATINUM 8558',
  ]) {
    await expect(dialog.getByText(documented)).toBeVisible()
  }
  await expectNoSeriousViolations(page)
})

test('Copy SSH command puts the command on the clipboard', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL })
  await signInWithDemo(page, `/?instance=${EXAMPLE_ID}`)
  await drawer(page).getByRole('button', { name: 'Copy SSH command' }).click()
  await expect(drawer(page).getByText('Copied')).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    'ssh -p 31674 username@122.xx.xx.202',
  )
})

test('the URL reopens the drawer after reload; Escape closes it and focus returns to the row', async ({
  page,
}) => {
  await signInWithDemo(page)
  const row = page.getByRole('table', { name: 'Instances' }).locator('tbody tr[data-row-index="2"]')
  const name = await row.locator('td:nth-child(2) > span:first-child').innerText()
  await row.click()
  await expect(page.getByRole('dialog', { name })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('dialog', { name })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(page).not.toHaveURL(/instance=/)
  await expect(row).toBeFocused()
})

test('Enter opens the focused row; next and previous step through the table order', async ({
  page,
}) => {
  await signInWithDemo(page)
  const rows = page.getByRole('table', { name: 'Instances' }).locator('tbody tr[data-row-index]')
  const names = await rows.locator('td:nth-child(2) > span:first-child').allInnerTexts()
  expect(names.length).toBeGreaterThan(2) // each name below is a real one, not undefined
  await rows.first().click()
  await page.keyboard.press('Escape')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog', { name: names[1] })).toBeVisible()
  await page.keyboard.press('j')
  await expect(page.getByRole('dialog', { name: names[2] })).toBeVisible()
  await page.getByRole('button', { name: 'Previous' }).click()
  await expect(page.getByRole('dialog', { name: names[1] })).toBeVisible()
})

test('an unknown instance in the URL says so instead of opening nothing', async ({ page }) => {
  await signInWithDemo(page, '/?instance=notebook-does-not-exist')
  const dialog = page.getByRole('dialog', { name: 'Instance not found' })
  await expect(dialog.getByRole('alert')).toContainText('notebook-does-not-exist')
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(page).not.toHaveURL(/instance=/)
})

test('a failed instance leads with why, and SSH and Jupyter say why they are not offered', async ({
  page,
}) => {
  await signInWithDemo(page, '/?status=StartingFailed')
  await page.getByRole('table', { name: 'Instances' }).locator('tbody tr').first().click()
  const dialog = page.getByRole('dialog')
  await expect(dialog.getByRole('note')).toBeVisible()
  await expect(dialog.getByText(/^SSH: /)).toContainText(/Running|no SSH port|no address/)
  await expect(dialog.getByRole('link', { name: 'Open Jupyter' })).toHaveCount(0)
  await expect(dialog.getByText(/^Jupyter: /)).toBeVisible()
})

test('an open instance hidden by the filters has no next or previous', async ({ page }) => {
  await signInWithDemo(page, `/?status=Stopped&instance=${EXAMPLE_ID}`)
  const dialog = drawer(page)
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Next' })).toBeDisabled()
  await expect(dialog.getByRole('button', { name: 'Previous' })).toBeDisabled()
})

test('the drawer is a native modal: the page behind is inert and Tab never leaves it', async ({
  page,
}) => {
  await signInWithDemo(page)
  await page
    .getByRole('table', { name: 'Instances' })
    .locator('tbody tr[data-row-index="0"]')
    .click()
  const sheet = page.locator('dialog:modal')
  await expect(sheet).toHaveCount(1)
  await expect(sheet).toHaveAttribute('aria-labelledby', /.+/)
  // The page behind takes no click: the search field is under the backdrop.
  expect(
    await page.evaluate(() => {
      const search = document.querySelector('input[type="search"]')
      const box = search?.getBoundingClientRect()
      return box ? document.elementFromPoint(box.x + 5, box.y + 5)?.tagName : null
    }),
  ).toBe('DIALOG')
  // Past its last control Tab goes to the browser's own UI (the document has no focus then) and
  // comes back to its first: no element of the page behind ever takes focus.
  const where: string[] = []
  for (let step = 0; step < 40; step++) {
    await page.keyboard.press(step % 3 === 2 ? 'Shift+Tab' : 'Tab')
    where.push(
      await sheet.evaluate((dialog) =>
        dialog.contains(document.activeElement)
          ? 'drawer'
          : document.activeElement === document.body
            ? 'browser'
            : `page: ${document.activeElement?.outerHTML.slice(0, 80)}`,
      ),
    )
  }
  expect(where.filter((place) => place.startsWith('page'))).toEqual([])
  expect(where.filter((place) => place === 'drawer').length).toBeGreaterThan(30)
})
