// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { renderWithQuery } from '../testing/render'
import { SessionContext, type SessionApi } from './session-context'
import { TokenScreen } from './token-screen'

const base64url = (value: object) =>
  btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')
const jwt = (claims: object) => `${base64url({ alg: 'RS256' })}.${base64url(claims)}.c2ln`
const inOneDay = () => Math.floor(Date.now() / 1000) + 86_400

function renderScreen(demo: boolean, notice: string | null = null) {
  const fetchMock = vi.fn(() =>
    Promise.resolve(Response.json(demo ? { demo, token: jwt({ exp: inOneDay() }) } : { demo })),
  )
  vi.stubGlobal('fetch', fetchMock)
  const api: SessionApi = {
    session: null,
    notice,
    signIn: vi.fn(),
    endSession: vi.fn(),
    signOut: vi.fn(),
  }
  renderWithQuery(
    <SessionContext value={api}>
      <TokenScreen />
    </SessionContext>,
  )
  return {
    fetchMock,
    signIn: api.signIn,
    field: screen.getByRole('textbox', { name: 'Access token' }),
  }
}

describe('the token screen', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('refuses what is not a token, in an alert, without signing in', async () => {
    const { signIn, field } = renderScreen(false)
    await userEvent.type(field, 'not-a-token')
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(screen.getByRole('alert')).toHaveTextContent(/not an access token/)
    expect(signIn).not.toHaveBeenCalled()
  })

  it('takes a whole Cookie line, shows the claims, and signs in where the user chose to keep it', async () => {
    const { signIn, field } = renderScreen(false)
    const token = jwt({
      sub: 'user-7',
      iss: 'hpcaitech.com',
      aud: ['platform.colossalai.com'],
      exp: inOneDay(),
    })
    await userEvent.click(field)
    await userEvent.paste(`Cookie: theme=dark; AccessToken=${token}; lang=en`)
    expect(screen.getByLabelText('Token details')).toHaveTextContent('user-7')
    await userEvent.click(screen.getByRole('checkbox', { name: 'Remember on this device' }))
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(signIn).toHaveBeenCalledWith(token, expect.objectContaining({ subject: 'user-7' }), true)
  })

  it('calls out a token issued by another service by name, and uses it only when told to', async () => {
    const { signIn, field } = renderScreen(false)
    const token = jwt({ sub: 'u', iss: 'accounts.google.com', aud: 'hpcai', exp: inOneDay() })
    await userEvent.click(field)
    await userEvent.paste(token)
    expect(
      screen.getByText(/^This token was issued by accounts.google.com, not HPC-AI/),
    ).toBeVisible()
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(screen.getByRole('alert')).toHaveTextContent(
      "This token was issued by accounts.google.com, not HPC-AI (hpcaitech.com), and made for hpcai, not HPC-AI's platform",
    )
    expect(signIn).not.toHaveBeenCalled()
    await userEvent.click(screen.getByRole('checkbox', { name: 'Use this token anyway' }))
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(signIn).toHaveBeenCalledWith(token, expect.objectContaining({ subject: 'u' }), false)
  })

  it('says why the user is back on this screen', () => {
    renderScreen(false, 'Your access token expired at 3 PM.')
    expect(screen.getByRole('alert')).toHaveTextContent('Your access token expired at 3 PM.')
  })

  it('offers the demo token only when the server is the simulator', async () => {
    renderScreen(true)
    expect(await screen.findByRole('button', { name: 'Use demo token' })).toBeInTheDocument()
  })

  it('hides the demo button against the real HPC-AI', async () => {
    const { fetchMock } = renderScreen(false)
    await waitFor(() => expect(fetchMock).toHaveBeenCalledOnce())
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(screen.queryByRole('button', { name: 'Use demo token' })).toBeNull()
  })
})
