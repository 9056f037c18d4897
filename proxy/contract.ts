/** What the SPA and the proxy agree on; imported by both sides, so it imports nothing itself. */

/** The request header in which the SPA hands its token to the proxy (never a cookie, never the URL). */
export const TOKEN_HEADER = 'x-hpcai-token'

/** Answers `{ demo: true, token }` when the upstream is the built-in simulator, else `{ demo: false }`. */
export const DEMO_TOKEN_PATH = '/__demo/token'

/** Set on errors the proxy itself answers, with one of the codes below as its value. */
export const PROXY_ERROR_HEADER = 'x-proxy-error'
export type ProxyErrorCode =
  | 'bad_path'
  | 'bad_method'
  | 'too_large'
  | 'upstream_unreachable'
  | 'upstream_timeout'
  | 'upstream_status'
  | 'upstream_too_large'
