import { Component, type ReactNode } from 'react'
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
    return (
      <main className="mx-auto flex min-h-screen max-w-xl flex-col justify-center gap-4 p-6">
        <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-4 text-red-900">
          <h1 className="text-lg font-semibold">Something went wrong while showing this page</h1>
          <p className="mt-2 text-sm break-words">{error.message.replace(JWT_LIKE, '[hidden]')}</p>
          <p className="mt-2 text-sm">
            Your view is kept in the address bar. Reloading usually fixes this.
          </p>
        </div>
        <div className="flex gap-3">
          <button
            type="button"
            onClick={() => window.location.reload()}
            className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
          >
            Reload
          </button>
          <button
            type="button"
            onClick={() => {
              clearToken()
              window.location.reload()
            }}
            className="rounded-md border border-slate-300 px-4 py-2 font-medium text-slate-800 hover:bg-slate-50"
          >
            Sign out
          </button>
        </div>
      </main>
    )
  }
}
