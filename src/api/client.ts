import {
  FINAL_PROXY_ERRORS,
  PROXY_ERROR_HEADER,
  PROXY_ERRORS,
  TOKEN_HEADER,
  type ProxyErrorCode,
} from '../../proxy/contract'
import { mayHoldSecret } from '../lib/secret-probe'
import { ApiError } from './errors'
import { readApiError } from './api-error-body'
import { readEnvelope, type RawPage } from './parse-page'

export const LIST_PATH = '/api/instance/list'
export const REQUEST_TIMEOUT_MS = 20_000

function retryAfterMs(response: Response): number | undefined {
  const header = response.headers.get('retry-after')
  if (!header) return undefined
  const seconds = Number(header)
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000)
  const date = Date.parse(header)
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now())
}

/**
 * An answer the dashboard's own server made (the proxy in front of HPC-AI, or the server itself):
 * named as such, and not retryable when the same request must get the same answer.
 */
function dashboardError(
  status: number,
  code: string | null,
  message: string | undefined,
  response: Response,
) {
  const known = code !== null && Object.hasOwn(PROXY_ERRORS, code)
  const final = known
    ? FINAL_PROXY_ERRORS.includes(code as ProxyErrorCode)
    : status !== 429 && status < 500
  const kind =
    code === 'upstream_unreachable' ? 'network' : code === 'upstream_timeout' ? 'timeout' : 'http'
  return new ApiError(kind, message || `The dashboard server answered HTTP ${status}.`, {
    status,
    retryAfterMs: retryAfterMs(response),
    retryable: !final,
  })
}

/** The error an answer carries, if any; `json` is undefined when the body is not JSON. */
function errorOf(
  status: number,
  json: unknown,
  isJson: boolean,
  response: Response,
): ApiError | null {
  const body = readApiError(json)
  const message = body?.message.trim()
  const code = body?.code
  if (status === 401 || status === 403 || code === -1) {
    return new ApiError('auth', message || `HPC-AI refused the token (HTTP ${status}).`, { status })
  }
  const proxyError = response.headers.get(PROXY_ERROR_HEADER)
  // The proxy never passes on an upstream answer that is not JSON: such an answer is the server's own.
  if (proxyError || (!isJson && (status < 200 || status >= 300))) {
    return dashboardError(status, proxyError, message, response)
  }
  if (status < 200 || status >= 300) {
    const detail = message ? `: ${message}` : '.'
    return new ApiError('http', `HPC-AI answered HTTP ${status}${detail}`, {
      status,
      retryAfterMs: retryAfterMs(response),
    })
  }
  if (
    code !== undefined &&
    code !== null &&
    code !== 0 &&
    !(json as { instances?: unknown }).instances
  ) {
    return new ApiError('api', message || `HPC-AI answered with error code ${code}.`, { status })
  }
  return null
}

export interface ApiRequest {
  token: string
  signal?: AbortSignal
  /** A request that hangs is aborted after this long. */
  timeoutMs?: number
}

/**
 * One POST of `payload` to an HPC-AI path through the same-origin proxy, with the token in the
 * proxy's header; answers the parsed JSON, and every failure as an ApiError. Never retries.
 */
export async function postApi(
  path: string,
  payload: unknown,
  { token, signal, timeoutMs = REQUEST_TIMEOUT_MS }: ApiRequest,
): Promise<unknown> {
  const timeout = AbortSignal.timeout(timeoutMs)
  let response: Response
  let body: string
  try {
    response = await fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
      body: JSON.stringify(payload),
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      credentials: 'omit',
      cache: 'no-store',
    })
    body = await response.text()
  } catch (error) {
    if (signal?.aborted) throw error
    if (timeout.aborted)
      throw new ApiError(
        'timeout',
        `HPC-AI did not answer within ${Math.round(timeoutMs / 1000)} s.`,
      )
    throw new ApiError('network', 'Could not reach the dashboard server. Check your connection.')
  }
  let json: unknown
  let isJson = true
  try {
    json = JSON.parse(body) as unknown
  } catch {
    isJson = false
  }
  // A server may echo what it was sent: nothing token-shaped goes further than this line (the
  // redaction loads when an answer may hold something to redact; it cannot be read until then).
  if (isJson && mayHoldSecret(body, token))
    json = (await import('../lib/redact')).redactJson(json, token)
  const error = errorOf(response.status, json, isJson, response)
  if (error) throw error
  if (!isJson)
    throw new ApiError('bad-json', 'The dashboard server sent an answer that is not JSON.', {
      status: response.status,
    })
  return json
}

export interface PageRequest extends ApiRequest {
  page: number
  pageSize: number
}

/**
 * One page of POST /api/instance/list through the same-origin proxy, envelope checked (items are
 * parsed by the caller); failures become ApiErrors.
 */
export async function fetchInstancePage({
  page,
  pageSize,
  ...request
}: PageRequest): Promise<RawPage> {
  const json = await postApi(LIST_PATH, { pager: { currentPage: page, pageSize } }, request)
  return readEnvelope(json, { page, pageSize })
}
