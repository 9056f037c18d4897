/**
 * Resolves when the browser is idle (user input and rendering first), or after `timeoutMs` at the
 * latest; at once where there is no requestIdleCallback (a test's DOM).
 */
export function whenIdle(timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => resolve(), { timeout: timeoutMs })
    else setTimeout(resolve, 0)
  })
}
