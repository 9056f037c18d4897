import { useEffect } from 'react'

export const BASE_TITLE = 'HPC-AI instances'

/** "(3) HPC-AI instances" while 3 instances need attention, so that a background tab shows it. */
export function attentionTitle(count: number): string {
  return count > 0 ? `(${count.toLocaleString()}) ${BASE_TITLE}` : BASE_TITLE
}

export function useDocumentTitle(count: number): void {
  useEffect(() => {
    document.title = attentionTitle(count)
  }, [count])
  useEffect(() => () => void (document.title = BASE_TITLE), [])
}
