import { expectNoSeriousViolations } from './axe.ts'
import { expect, signInWithDemo, test } from './fixtures.ts'

test('the token screen has no serious accessibility violations', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByLabel('Access token')).toBeVisible()
  await expectNoSeriousViolations(page)
})

test('the dashboard, with a facet open, has no serious accessibility violations', async ({
  page,
}) => {
  await signInWithDemo(page)
  await expectNoSeriousViolations(page)
  await page.getByRole('button', { name: 'Status', exact: true }).click()
  await expectNoSeriousViolations(page)
})
