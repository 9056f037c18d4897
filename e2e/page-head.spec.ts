import { expect, test } from './fixtures.ts'

test('the page describes itself to search and share previews, and asks crawlers to stay out', async ({
  page,
  request,
}) => {
  await page.goto('/')
  await expect(page.locator('meta[name="description"]')).toHaveAttribute(
    'content',
    /^Your HPC-AI GPU instances in one table/,
  )
  const robots = await request.get('/robots.txt')
  expect(robots.status()).toBe(200)
  expect(robots.headers()['content-type']).toMatch(/^text\/plain/)
  expect(await robots.text()).toBe('User-agent: *\nDisallow: /\n')
})
