import { Component, Suspense, type ReactNode } from 'react'
import { isChunkLoadError } from '../lib/chunk-error'
import { NewVersionNotice } from './new-version-notice'

interface State {
  error: Error | null
}

/**
 * Where a lazy()-loaded part (drawer, dialog, panel) is rendered: `fallback` (else nothing) while its code loads, and
 * the "new version" notice, not a blank page, when that code is gone after a redeploy. Any other
 * error is thrown on to the app's error boundary.
 */
export class LazyPart extends Component<{ children: ReactNode; fallback?: ReactNode }, State> {
  override state: State = { error: null }

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  override render(): ReactNode {
    const { error } = this.state
    if (error === null)
      return <Suspense fallback={this.props.fallback ?? null}>{this.props.children}</Suspense>
    if (!isChunkLoadError(error)) throw error
    return (
      <NewVersionNotice className="fixed right-4 bottom-4 left-4 z-50 shadow-lg sm:left-auto" />
    )
  }
}
