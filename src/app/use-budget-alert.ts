import { useEffect, useRef } from 'react'
import { formatHourly } from '../lib/instance-format'

/**
 * One desktop notification each time the running fleet's spend crosses the hourly budget, if the
 * user turned notifications on (the Changes panel's switch); nothing while it stays over.
 */
export function useBudgetAlert(
  spend: number,
  budget: number | null,
  overBy: number | null,
  notify: boolean,
): void {
  const wasOver = useRef(false)
  const over = overBy !== null
  useEffect(() => {
    const crossed = over && !wasOver.current
    wasOver.current = over
    if (!crossed || !notify || typeof Notification === 'undefined') return
    if (Notification.permission !== 'granted') return
    new Notification(`HPC-AI: over budget by ${formatHourly(overBy)}`, {
      body: `The running instances cost ${formatHourly(spend)}; your budget is ${formatHourly(budget)}.`,
      tag: 'hpcai-budget',
    })
  }, [over, notify, overBy, spend, budget])
}
