/** Schedules `run` when the browser is idle; `run` is told whether there is time left. Returns the undo. */
export type Idle = (run: (timeLeft: () => boolean) => void) => () => void

/**
 * requestIdleCallback (user input and rendering go first), at the latest after `timeoutMs` when
 * given; `timeLeft` holds while more than 4 ms of the idle period remain. Where there is none (a
 * test's DOM), a timer with no time left.
 */
export const onIdle =
  (timeoutMs?: number): Idle =>
  (run) => {
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback((deadline) => run(() => deadline.timeRemaining() > 4), {
        timeout: timeoutMs,
      })
      return () => cancelIdleCallback(handle)
    }
    const handle = setTimeout(() => run(() => false), 0)
    return () => clearTimeout(handle)
  }

/** Resolves when the browser is idle, or after `timeoutMs` at the latest (see onIdle). */
export const whenIdle = (timeoutMs: number): Promise<void> =>
  new Promise((resolve) => onIdle(timeoutMs)(() => resolve()))
