import { useState } from 'react'
import { useInstances } from '../api/instances-query'
import { useLoadProgress } from '../api/load-progress'
import { plural } from '../lib/format'
import { useSession, type Session } from '../session/session-context'
import { InstancesTable } from './instances-table'
import { sortInstances, type Sort } from './sort'

export function Dashboard({ session }: { session: Session }) {
  const { signOut } = useSession()
  const query = useInstances(session.token, session.claims.subject)
  const progress = useLoadProgress()
  const [sort, setSort] = useState<Sort>({ id: 'status', desc: false })
  const instances = query.data ? sortInstances(query.data.instances, sort) : []

  return (
    <div className="flex h-screen flex-col">
      <header className="flex items-center gap-3 border-b border-slate-200 px-4 py-2">
        <h1 className="text-lg font-semibold">HPC-AI instances</h1>
        <div className="ml-auto flex items-center gap-2">
          <button
            type="button"
            onClick={() => void query.refetch()}
            className="rounded-md border border-slate-300 px-3 py-1 text-sm"
          >
            Refresh
          </button>
          <button
            type="button"
            onClick={signOut}
            className="rounded-md border border-slate-300 px-3 py-1 text-sm"
          >
            Sign out
          </button>
        </div>
      </header>
      <main className="flex min-h-0 flex-1 flex-col">
        <p className="px-4 py-2 text-sm text-slate-600" aria-live="polite">
          {query.data
            ? plural(query.data.instances.length, 'instance')
            : progress
              ? `Loading page ${progress.loadedPages} of ${progress.totalPages}`
              : 'Loading…'}
        </p>
        {query.error && (
          <p
            role="alert"
            className="mx-4 rounded-md border border-red-300 bg-red-50 p-2 text-sm text-red-800"
          >
            {query.error.message}
          </p>
        )}
        <InstancesTable instances={instances} sort={sort} onSortChange={setSort} />
      </main>
    </div>
  )
}
