/** Knobs that make the simulator misbehave on purpose, for tests and for trying the app's resilience. */
export interface Faults {
  /** Pages (1-based) that always fail. */
  failPages: number[]
  /** Share of list requests that fail at random, 0 to 1. */
  failRate: number
  /** HTTP status of a failure. */
  failStatus: number
  /** What a failure's body looks like. */
  failBody: 'html' | 'empty' | 'json'
  /** Seconds sent as Retry-After with a failure; 0 sends none. */
  retryAfterSeconds: number
  /** Answer 200 with a body that is not JSON. */
  garbage: boolean
  /** Answer 200 with JSON that is not the list envelope. */
  wrongShape: boolean
  /** Close the connection without answering. */
  dropConnection: boolean
  /** Extra delay before each answer, on top of the latency. */
  slowMs: number
  /** Refuse every token after this many successful list requests; 0 never does. */
  expireAfterRequests: number
}

export const NO_FAULTS: Faults = {
  failPages: [],
  failRate: 0,
  failStatus: 500,
  failBody: 'html',
  retryAfterSeconds: 0,
  garbage: false,
  wrongShape: false,
  dropConnection: false,
  slowMs: 0,
  expireAfterRequests: 0,
}

export interface FaultAnswer {
  status: number
  headers: Record<string, string>
  body: string
}

/** The failure to send for this page, or null to answer normally. */
export function injectedFailure(faults: Faults, page: number): FaultAnswer | null {
  if (faults.garbage)
    return {
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: '{"instances": [{"instanceMe',
    }
  if (faults.wrongShape) {
    return {
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: '{"instances": {"oops": true}, "pager": "none"}',
    }
  }
  if (!faults.failPages.includes(page) && !(faults.failRate > 0 && Math.random() < faults.failRate))
    return null
  const headers: Record<string, string> = {}
  if (faults.retryAfterSeconds > 0) headers['retry-after'] = String(faults.retryAfterSeconds)
  if (faults.failBody === 'empty') return { status: faults.failStatus, headers, body: '' }
  if (faults.failBody === 'json') {
    return {
      status: faults.failStatus,
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ code: faults.failStatus, message: 'simulated failure' }),
    }
  }
  return {
    status: faults.failStatus,
    headers: { ...headers, 'content-type': 'text/html' },
    body: `<html><body><h1>${faults.failStatus} Server Error</h1><script>window.__pwned=1</script></body></html>`,
  }
}
