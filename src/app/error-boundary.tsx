import { Component, type ReactNode } from 'react'
import { Button } from '../components/button'
import { NewVersionNotice } from '../components/new-version-notice'
import { Notice } from '../components/notice'
import { isChunkLoadError } from '../lib/chunk-error'
import { clearToken } from '../session/token-storage'

// Anything shaped like a JWT is cut from what the panel shows, whatever threw it.
const JWT_LIKE = /[\w-]{8,}\.[\w-]{8,}\.[\w-]*/g

interface State {
  error: Error | null
}

/** A render crash anywhere shows a recoverable panel instead of a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null }

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  override render(): ReactNode {
    const { error } = this.state
    if (!error) return this.props.children
    if (isChunkLoadError(error)) {
      return (
        <main className="mx-auto flex min-h-screen max-w-xl flex-col justify-center p-6">
          <NewVersionNotice />
        </main>
      )
    }
    return (
      <main className="mx-auto flex min-h-screen max-w-xl flex-col justify-center gap-4 p-6">
        <Notice tone="danger" role="alert">
          <h1 className="text-lg font-semibold">Something went wrong while showing this page</h1>
          <p className="mt-2">{error.message.replace(JWT_LIKE, '[hidden]')}</p>
          <p className="mt-2">
            Your view is kept in the address bar. Reloading usually fixes this.
          </p>
        </Notice>
        <div className="flex gap-3">
          <Button variant="primary" size="md" onClick={() => window.location.reload()}>
            Reload
          </Button>
          <Button
            size="md"
            onClick={() => {
              clearToken()
              window.location.reload()
            }}
          >
            Sign out
          </Button>
        </div>
      </main>
    )
  }
}
