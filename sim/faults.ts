import { SIM_DEFAULTS } from './defaults.ts'

/** Knobs that make the simulator misbehave on purpose, for tests and for trying the app's resilience. */
export interface Faults {
  /** List pages (1-based) that always fail. */
  failPages: number[]
  /** Instance ids whose stop always fails (with failStatus and failBody); the instance is untouched. */
  failStopIds: string[]
  /** Share of list and stop requests that fail at random, 0 to 1. */
  failRate: number
  /** HTTP status of a failure. */
  failStatus: number
  /** What a failure's body looks like. */
  failBody: 'html' | 'empty' | 'json'
  /** Seconds sent as Retry-After with a failure; 0 sends none. */
  retryAfterSeconds: number
  /** List only: answer 200 with a body that is not JSON. */
  garbage: boolean
  /** List only: answer 200 with JSON that is not the list envelope. */
  wrongShape: boolean
  /** Close the connection without answering (every request). */
  dropConnection: boolean
  /** Extra delay before each answer (every request), on top of the latency. */
  slowMs: number
  /** Refuse every token after this many successful list and stop answers; 0 never does. */
  expireAfterRequests: number
}

export const NO_FAULTS: Faults = {
  failPages: [],
  failStopIds: [],
  failRate: 0,
  failStatus: SIM_DEFAULTS.failStatus,
  failBody: 'html',
  retryAfterSeconds: 0,
  garbage: false,
  wrongShape: false,
  dropConnection: false,
  slowMs: 0,
  expireAfterRequests: 0,
}

/** A complete answer: what the simulator writes back. */
export interface FaultAnswer {
  status: number
  headers: Record<string, string>
  body: string
}

const JSON_TYPE = { 'content-type': 'application/json' }

const randomlyFails = (faults: Faults): boolean =>
  faults.failRate > 0 && Math.random() < faults.failRate

/** The configured failure: failStatus with an HTML, empty or JSON body, and Retry-After if set. */
function failure(faults: Faults): FaultAnswer {
  const headers: Record<string, string> = {}
  if (faults.retryAfterSeconds > 0) headers['retry-after'] = String(faults.retryAfterSeconds)
  if (faults.failBody === 'empty') return { status: faults.failStatus, headers, body: '' }
  if (faults.failBody === 'json') {
    return {
      status: faults.failStatus,
      headers: { ...headers, ...JSON_TYPE },
      body: JSON.stringify({ code: faults.failStatus, message: 'simulated failure' }),
    }
  }
  return {
    status: faults.failStatus,
    headers: { ...headers, 'content-type': 'text/html' },
    body: `<html><body><h1>${faults.failStatus} Server Error</h1><script>window.__pwned=1</script></body></html>`,
  }
}

/** The failure to send for this list page, or null to answer normally. */
export function injectedFailure(faults: Faults, page: number): FaultAnswer | null {
  if (faults.garbage)
    return { status: 200, headers: JSON_TYPE, body: '{"instances": [{"instanceMe' }
  if (faults.wrongShape) {
    return {
      status: 200,
      headers: JSON_TYPE,
      body: '{"instances": {"oops": true}, "pager": "none"}',
    }
  }
  return faults.failPages.includes(page) || randomlyFails(faults) ? failure(faults) : null
}

/** The failure to send for a stop of this instance, or null to stop it normally. */
export function injectedStopFailure(faults: Faults, instanceId: string): FaultAnswer | null {
  return faults.failStopIds.includes(instanceId) || randomlyFails(faults) ? failure(faults) : null
}
