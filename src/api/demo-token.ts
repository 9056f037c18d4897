import { useQuery } from '@tanstack/react-query'
import { DEMO_TOKEN_PATH } from '../../proxy/contract'

/** Only when the upstream is the built-in simulator does the server hand out a demo token. */
async function fetchDemoToken(): Promise<string | null> {
  const response = await fetch(DEMO_TOKEN_PATH, { credentials: 'omit', cache: 'no-store' })
  if (!response.ok) return null
  const body = (await response.json()) as { demo?: boolean; token?: unknown }
  return body.demo && typeof body.token === 'string' ? body.token : null
}

export function useDemoToken(): string | null {
  const { data } = useQuery({
    queryKey: ['demo-token'],
    queryFn: fetchDemoToken,
    staleTime: 60 * 60_000,
    retry: false,
  })
  return data ?? null
}
