import type { Page } from '@playwright/test'

/** The search field's debounce (src/instances/toolbar/search-field.tsx): the timer the probe watches. */
export const SEARCH_DEBOUNCE_MS = 200

/** No DOM change for this long after the last one: the interaction is over. */
const QUIET_MS = 150

/**
 * Frame-accurate timing, in the page: from the input event (its own timeStamp) to the end of the
 * frame that showed the last DOM change it caused. A MutationObserver notes every change; for each,
 * a requestAnimationFrame callback posts a task, which runs once that frame's style, layout and
 * paint are done (changes to the header's clock are left out). The task is user-blocking
 * (scheduler.postTask), so that it runs before tasks the page queued earlier: work an interaction
 * leaves for after its paint (a history write) is not the interaction's frame. Event Timing rounds to 8 ms and reports nothing under 16 ms; this does neither.
 * The floor (floor.ts) is timed the same way. Also notes when the search debounce timer fires, so
 * that a search is timed from there (the debounce itself is a wait, not work).
 */
const FRAME_PROBE = `(() => {
  if (window.__frame) return
  const state = { armed: null, start: 0, seq: 0, lastChangeAt: 0, doneSeq: 0, doneAt: 0, debounceAt: 0, timed: [] }
  window.__frame = state
  const frameDone = (seq) => {
    if (seq >= state.doneSeq) {
      state.doneSeq = seq
      state.doneAt = performance.now()
    }
  }
  // The header's clock ("Updated 5 seconds ago") ticks every second, whatever the interaction.
  const isClock = (node) => {
    const element = node.nodeType === 1 ? node : node.parentElement
    return element !== null && element.closest('header') !== null && element.closest('dialog') === null
  }
  new MutationObserver((records) => {
    if (records.every((record) => isClock(record.target))) return
    const seq = ++state.seq
    state.lastChangeAt = performance.now()
    requestAnimationFrame(() => scheduler.postTask(() => frameDone(seq), { priority: 'user-blocking' }))
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true })
  for (const type of ['click', 'keydown']) {
    addEventListener(type, (event) => {
      if (state.armed !== type) return
      state.armed = null
      state.start = event.timeStamp
    }, { capture: true })
  }
  const setTimeoutOriginal = window.setTimeout
  window.setTimeout = function (callback, delay, ...rest) {
    if (delay !== ${SEARCH_DEBOUNCE_MS} || typeof callback !== 'function') {
      return setTimeoutOriginal.call(window, callback, delay, ...rest)
    }
    return setTimeoutOriginal.call(window, (...args) => {
      state.debounceAt = performance.now()
      return callback(...args)
    }, delay, ...rest)
  }
})()`

export async function installFrameProbe(page: Page): Promise<void> {
  await page.evaluate(FRAME_PROBE)
}

interface FrameState {
  armed: string | null
  start: number
  seq: number
  lastChangeAt: number
  doneSeq: number
  doneAt: number
  debounceAt: number
  /** Every interaction timed so far: [start, end] on the page's clock. */
  timed: [number, number][]
}

/** The [start, end] of every interaction timed on `page` so far, on the page's clock (ms). */
export function timedWindows(page: Page): Promise<[number, number][]> {
  return page.evaluate(() => (window as unknown as { __frame: FrameState }).__frame.timed)
}

/**
 * Runs `act` (which must cause a `trigger` event) and resolves with the ms from that event, or from
 * the search debounce firing, to the end of the frame after the last DOM change; waits until the
 * page has been quiet for QUIET_MS.
 */
export async function timeToFrame(
  page: Page,
  trigger: 'click' | 'keydown',
  act: () => Promise<void>,
  from: 'event' | 'debounce' = 'event',
): Promise<number> {
  await page.evaluate((type) => {
    const state = (window as unknown as { __frame: FrameState }).__frame
    Object.assign(state, { armed: type, start: 0, debounceAt: 0 })
  }, trigger)
  await act()
  const handle = await page.waitForFunction(
    ({ quietMs, from }) => {
      const state = (window as unknown as { __frame: FrameState }).__frame
      const begin = from === 'debounce' ? state.debounceAt : state.start
      const quiet = performance.now() - Math.max(state.lastChangeAt, begin) > quietMs
      if (!begin || !quiet || state.doneSeq < state.seq) return false
      if (state.lastChangeAt < begin) {
        // Nothing changed on screen: the interaction showed nothing to time.
        throw new Error('bench: the interaction changed nothing on screen')
      }
      state.timed.push([begin, state.doneAt])
      return state.doneAt - begin
    },
    { quietMs: QUIET_MS, from },
    { polling: 'raf', timeout: 30_000 },
  )
  return (await handle.jsonValue()) as number
}
