/**
 * What the SPA, the Node proxy and the nginx config agree on (deploy/README.md writes it down).
 * The SPA imports this file, so it imports nothing itself.
 */

/** The request header in which the SPA hands its token to the proxy (never a cookie, never the URL). */
export const TOKEN_HEADER = 'x-hpcai-token'

/** Answers `{ demo: true, token }` when the upstream is the built-in simulator, else `{ demo: false }`. */
export const DEMO_TOKEN_PATH = '/__demo/token'

/** The only upstream paths forwarded, compared with the raw request target (no query, no encoding). */
export const API_PATHS = ['/api/instance/list', '/api/instance/stop'] as const

/** Request bodies up to this size are forwarded; larger ones get 413 `too_large`. */
export const MAX_REQUEST_BYTES = 16 * 1024

/** Upstream answers up to this size are read; larger ones get 502 `upstream_too_large`. */
export const MAX_ANSWER_BYTES = 8 * 1024 * 1024

/** The whole upstream exchange (connect, send, headers and body) must fit in this, or 504. */
export const DEFAULT_DEADLINE_MS = 25_000

/** A token longer than this (in characters) is not forwarded. */
export const MAX_TOKEN_LENGTH = 4096

/**
 * A JWT and nothing else: base64url parts joined by dots. Anything else could smuggle a second cookie
 * or a header, so it is not forwarded at all (the request goes upstream without a cookie).
 */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/

/** Retry-After values passed back: delta-seconds or an IMF-fixdate. */
export const RETRY_AFTER_PATTERN =
  /^(?:\d{1,10}|[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT)$/

/** Set on every answer the proxy makes itself, with one of the codes below as its value. */
export const PROXY_ERROR_HEADER = 'x-proxy-error'

/** The proxy's own answers: `{ proxyError: code, message }` with this status. */
export const PROXY_ERRORS = {
  /** Not one of API_PATHS, or an encoded, dotted, doubled or differently cased variant of one. */
  bad_path: 400,
  /** A request the server could not parse (malformed request line, header or path). */
  bad_request: 400,
  /** Only POST is forwarded. */
  bad_method: 405,
  /** The body is over MAX_REQUEST_BYTES (413), or the headers are too large (431). */
  too_large: 413,
  /** No connection, TLS refused (an untrusted certificate), or dropped before any answer. */
  upstream_unreachable: 502,
  /** The deadline passed before the whole answer arrived. */
  upstream_timeout: 504,
  /** The answer is not JSON (an HTML error page, or cut short); the upstream's 4xx/5xx status is kept. */
  upstream_not_json: 502,
  /** The answer is over MAX_ANSWER_BYTES. */
  upstream_too_large: 502,
} as const

export type ProxyErrorCode = keyof typeof PROXY_ERRORS

/** Codes after which trying again cannot help: the same request gets the same answer. */
export const FINAL_PROXY_ERRORS: readonly ProxyErrorCode[] = [
  'bad_path',
  'bad_request',
  'bad_method',
  'too_large',
  'upstream_too_large',
]
