import type { Browser } from '@playwright/test'
import { DEMO_TOKEN_PATH, TOKEN_HEADER } from '../proxy/contract.ts'
import { PAGE_CONCURRENCY } from '../src/api/paging.ts'

/** A blank page on the app's origin (served by the bench itself), so requests go through the proxy. */
const BLANK_PATH = '/__bench/naive.html'

/**
 * The page's script, as text: a plain function with no helpers from the bundler (tsx names
 * functions with a helper the page does not have).
 */
const NAIVE_SCRIPT = `async ({ pageSize, concurrency, tokenPath, tokenHeader, firstPageOnly }) => {
  const { token } = await (await fetch(tokenPath)).json()
  const post = (currentPage) =>
    fetch('/api/instance/list', {
      method: 'POST',
      headers: { 'content-type': 'application/json', [tokenHeader]: token },
      body: JSON.stringify({ pager: { currentPage, pageSize } }),
    }).then((response) => response.json())
  const started = performance.now()
  const first = await post(1)
  const firstPageMs = performance.now() - started
  if (firstPageOnly) return { ms: firstPageMs, firstPageMs }
  const pages = Math.ceil(first.pager.totalEntries / first.pager.pageSize)
  const received = [first.instances]
  let next = 2
  const worker = async () => {
    while (next <= pages) {
      const number = next++
      received[number - 1] = (await post(number)).instances
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, pages - 1) }, worker))
  const all = received.flat()
  window.raw = all
  const body = document.querySelector('tbody')
  for (const instance of all.slice(0, 20)) body.insertRow().insertCell().textContent = instance.instanceSpecInfo.name
  await new Promise(requestAnimationFrame)
  return { ms: performance.now() - started, firstPageMs }
}`

export interface NaiveLoad {
  /** From the first request to every instance in memory and the first rows drawn in plain DOM. */
  ms: number
  /** From the first request to page 1 parsed: one request of this size. */
  firstPageMs: number
  /** JS heap after a forced GC of a page holding only the raw API objects. */
  heapMb: number
}

/**
 * The reference a load is held against: the fastest a client can be with the same server, proxy and
 * browser. A page with no app asks for `pageSize` per page (page 1, then `PAGE_CONCURRENCY` at a
 * time, like the app), keeps the objects `JSON.parse` gives and draws the first 20 rows' names as
 * plain table rows; then its heap is what the raw API objects alone cost. `firstPageOnly`: it
 * stops at page 1 (one request, the reference of the first rows).
 */
export async function naiveLoad(
  browser: Browser,
  appUrl: string,
  pageSize: number,
  { firstPageOnly = false } = {},
): Promise<NaiveLoad> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  const page = await context.newPage()
  await page.route(`**${BLANK_PATH}`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><table><tbody></tbody></table>',
    }),
  )
  await page.goto(new URL(BLANK_PATH, appUrl).href)
  const { ms, firstPageMs } = await page.evaluate<{ ms: number; firstPageMs: number }>(
    `(${NAIVE_SCRIPT})(${JSON.stringify({
      pageSize,
      concurrency: PAGE_CONCURRENCY,
      tokenPath: DEMO_TOKEN_PATH,
      tokenHeader: TOKEN_HEADER,
      firstPageOnly,
    })})`,
  )
  const cdp = await context.newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  await context.close()
  return { ms, firstPageMs, heapMb: usedSize / 2 ** 20 }
}
