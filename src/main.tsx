import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { ErrorBoundary } from './app/error-boundary'
import { createQueryClient } from './app/query-client'
import { SessionProvider } from './session/session-provider'
import './index.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root')

// The error boundary shows caught errors; they are not logged, so no report can carry the token.
createRoot(root, { onCaughtError: () => undefined }).render(
  <StrictMode>
    <QueryClientProvider client={createQueryClient()}>
      <ErrorBoundary>
        <SessionProvider>
          <App />
        </SessionProvider>
      </ErrorBoundary>
    </QueryClientProvider>
  </StrictMode>,
)
