import { useEffect } from 'react'

export const BASE_TITLE = 'HPC-AI instances'
/** Where the running fleet costs more per hour than the user's budget (the Cost view's Budget ($/h)). */
export const OVER_BUDGET_MARK = 'Over budget ·'

/**
 * "(3) HPC-AI instances" while 3 instances need attention, so that a background tab shows it;
 * "(3) Over budget · HPC-AI instances" while the running fleet is over the hourly budget too.
 */
export function attentionTitle(count: number, overBudget = false): string {
  const title = overBudget ? `${OVER_BUDGET_MARK} ${BASE_TITLE}` : BASE_TITLE
  return count > 0 ? `(${count.toLocaleString()}) ${title}` : title
}

export function useDocumentTitle(count: number, overBudget = false): void {
  useEffect(() => {
    document.title = attentionTitle(count, overBudget)
  }, [count, overBudget])
  useEffect(() => () => void (document.title = BASE_TITLE), [])
}
