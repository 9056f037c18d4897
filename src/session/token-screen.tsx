import { useId, useState, type SyntheticEvent } from 'react'
import { useNow } from '../lib/use-now'
import { useDemoToken } from '../api/demo-token'
import { Button } from '../components/button'
import { Notice } from '../components/notice'
import { useSession } from './session-context'
import { ForeignTokenNotice } from './foreign-token-notice'
import { checkForSignIn } from './sign-in-check'
import { foreignTokenProblem } from './foreign-token'
import { TokenHelp } from './token-help'
import { TokenSummary } from './token-summary'
import { ThemeSelect } from '../components/theme-select'

export function TokenScreen() {
  const { notice, signIn } = useSession()
  const demoToken = useDemoToken()
  const now = useNow(30_000)
  const [input, setInput] = useState('')
  const [remember, setRemember] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [useAnyway, setUseAnyway] = useState(false)
  const fieldId = useId()
  const check = input.trim() ? checkForSignIn(input, now) : null
  const foreign = check?.ok ? foreignTokenProblem(check.claims) : null

  const submit = (event: SyntheticEvent) => {
    event.preventDefault()
    const result = checkForSignIn(input, Date.now())
    if (!result.ok) return setError(result.message)
    const problem = foreignTokenProblem(result.claims)
    if (problem && !useAnyway)
      return setError(`${problem} Tick “Use this token anyway” to sign in.`)
    signIn(result.token, result.claims, remember)
  }

  const useDemo = () => {
    const result = demoToken ? checkForSignIn(demoToken, Date.now()) : null
    if (result?.ok) signIn(result.token, result.claims, remember)
  }

  return (
    <main className="mx-auto flex min-h-screen max-w-xl flex-col justify-center gap-6 p-6">
      <header>
        <h1 className="text-2xl font-semibold text-fg">HPC-AI instances</h1>
        <p className="mt-1 text-fg-muted">
          Paste your HPC-AI access token to see every instance you own.
        </p>
      </header>
      {notice && (
        <Notice tone="warning" role="alert">
          {notice}
        </Notice>
      )}
      <form onSubmit={submit} className="flex flex-col gap-3" noValidate>
        <label htmlFor={fieldId} className="font-medium text-fg">
          Access token
        </label>
        <textarea
          id={fieldId}
          value={input}
          onChange={(event) => {
            setInput(event.target.value)
            setError(null)
            setUseAnyway(false)
          }}
          rows={4}
          spellCheck={false}
          autoComplete="off"
          autoCapitalize="off"
          placeholder="eyJhbGciOi…"
          aria-invalid={error ? true : undefined}
          className="w-full rounded-md border border-field-line bg-surface p-2 font-mono text-xs break-all"
        />
        {error && (
          <p role="alert" className="text-sm text-danger">
            {error}
          </p>
        )}
        {!error && check && !check.ok && check.claims && (
          <p className="text-sm text-danger">{check.message}</p>
        )}
        {check?.ok && <TokenSummary claims={check.claims} now={now} />}
        {foreign && (
          <ForeignTokenNotice
            problem={foreign}
            useAnyway={useAnyway}
            onUseAnyway={(use) => {
              setUseAnyway(use)
              setError(null)
            }}
          />
        )}
        <label className="flex items-center gap-2 text-sm text-fg-muted">
          <input
            type="checkbox"
            checked={remember}
            onChange={(event) => setRemember(event.target.checked)}
          />
          Remember on this device
        </label>
        <p className="-mt-2 pl-6 text-xs text-fg-subtle">
          {remember
            ? 'Kept in this browser until you sign out or it expires. Only on a computer you trust.'
            : 'Kept for this tab only: it survives a reload, not a new tab.'}
        </p>
        <div className="flex flex-wrap gap-3">
          <Button type="submit" variant="primary" size="md">
            Sign in
          </Button>
          {demoToken && (
            <Button size="md" onClick={useDemo}>
              Use demo token
            </Button>
          )}
        </div>
      </form>
      <TokenHelp />
      {/* Last in the tab order: the token is what this screen is for. */}
      <footer className="flex justify-end">
        <ThemeSelect />
      </footer>
    </main>
  )
}
