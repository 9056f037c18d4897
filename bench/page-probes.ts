/**
 * Scripts injected into the page before the app loads, to observe it from inside:
 * Event Timing entries (the INP method), long tasks, how many table rows React rendered, and the
 * frame that first had instance rows in it (looked for once a frame until found).
 */
export const PROBES = `
window.__bench = { events: [], longTasks: [], rowRenders: 0, firstRowsAt: 0, countRows: false }
requestAnimationFrame(function lookForRows() {
  if (document.querySelector('tbody tr[data-row-index]')) window.__bench.firstRowsAt = performance.now()
  else requestAnimationFrame(lookForRows)
})
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    window.__bench.events.push({ name: entry.name, duration: entry.duration, interactionId: entry.interactionId || 0 })
  }
}).observe({ type: 'event', durationThreshold: 16, buffered: true })
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__bench.longTasks.push(entry.duration)
}).observe({ type: 'longtask', buffered: true })

// A minimal React DevTools hook: on each commit, count the table rows whose render function ran
// (React marks those fibers PerformedWork = 1). A row that bailed out is not counted. Only while
// \`countRows\` is set (refresh.ts): the walk over every fiber would weigh on the timed interactions.
const seenProps = new WeakSet()
window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
  supportsFiber: true,
  renderers: new Map(),
  inject() { return 1 },
  checkDCE() {},
  onCommitFiberUnmount() {},
  onPostCommitFiberRoot() {},
  onCommitFiberRoot(_id, root) {
    if (!window.__bench.countRows) return
    const stack = [root.current]
    while (stack.length) {
      const fiber = stack.pop()
      const props = fiber.memoizedProps
      if (props && typeof props === 'object' && 'rowIndex' in props && 'instance' in props && (fiber.flags & 1) && !seenProps.has(props)) {
        seenProps.add(props)
        window.__bench.rowRenders++
      }
      if (fiber.sibling) stack.push(fiber.sibling)
      if (fiber.child) stack.push(fiber.child)
    }
  },
}
`
