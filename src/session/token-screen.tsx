import { useId, useState, type SyntheticEvent } from 'react'
import { useNow } from '../lib/use-now'
import { useDemoToken } from './demo-token'
import { useSession } from './session-context'
import { checkForSignIn } from './sign-in-check'
import { TokenHelp } from './token-help'
import { TokenSummary } from './token-summary'

export function TokenScreen() {
  const { notice, signIn } = useSession()
  const demoToken = useDemoToken()
  const now = useNow(30_000)
  const [input, setInput] = useState('')
  const [remember, setRemember] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const fieldId = useId()
  const check = input.trim() ? checkForSignIn(input, now) : null

  const submit = (event: SyntheticEvent) => {
    event.preventDefault()
    const result = checkForSignIn(input, Date.now())
    if (!result.ok) return setError(result.message)
    signIn(result.token, result.claims, remember)
  }

  const useDemo = () => {
    const result = demoToken ? checkForSignIn(demoToken, Date.now()) : null
    if (result?.ok) signIn(result.token, result.claims, remember)
  }

  return (
    <main className="mx-auto flex min-h-screen max-w-xl flex-col justify-center gap-6 p-6">
      <header>
        <h1 className="text-2xl font-semibold text-slate-900">HPC-AI instances</h1>
        <p className="mt-1 text-slate-600">
          Paste your HPC-AI access token to see every instance you own.
        </p>
      </header>
      {notice && (
        <p
          role="alert"
          className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900"
        >
          {notice}
        </p>
      )}
      <form onSubmit={submit} className="flex flex-col gap-3" noValidate>
        <label htmlFor={fieldId} className="font-medium text-slate-900">
          Access token
        </label>
        <textarea
          id={fieldId}
          value={input}
          onChange={(event) => {
            setInput(event.target.value)
            setError(null)
          }}
          rows={4}
          spellCheck={false}
          autoComplete="off"
          autoCapitalize="off"
          placeholder="eyJhbGciOi…"
          aria-invalid={error ? true : undefined}
          className="w-full rounded-md border border-slate-300 p-2 font-mono text-xs break-all focus:border-brand-500 focus:outline-2 focus:outline-brand-500"
        />
        {error && (
          <p role="alert" className="text-sm text-red-700">
            {error}
          </p>
        )}
        {!error && check && !check.ok && check.claims && (
          <p className="text-sm text-red-700">{check.message}</p>
        )}
        {check?.ok && <TokenSummary claims={check.claims} now={now} />}
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <input
            type="checkbox"
            checked={remember}
            onChange={(event) => setRemember(event.target.checked)}
          />
          Remember on this device
        </label>
        <p className="-mt-2 pl-6 text-xs text-slate-500">
          {remember
            ? 'Kept in this browser until you sign out or it expires. Only on a computer you trust.'
            : 'Kept for this tab only: it survives a reload, not a new tab.'}
        </p>
        <div className="flex flex-wrap gap-3">
          <button
            type="submit"
            className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
          >
            Sign in
          </button>
          {demoToken && (
            <button
              type="button"
              onClick={useDemo}
              className="rounded-md border border-slate-300 px-4 py-2 font-medium text-slate-800 hover:bg-slate-50"
            >
              Use demo token
            </button>
          )}
        </div>
      </form>
      <TokenHelp />
    </main>
  )
}
