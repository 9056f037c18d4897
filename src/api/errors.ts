export type ApiErrorKind =
  | 'auth' // code -1, 401, 403: the token is refused; sign in again
  | 'http' // another non-2xx status
  | 'api' // HTTP 200 with an error code other than -1
  | 'bad-json' // the body is not JSON
  | 'bad-shape' // JSON, but not the list envelope
  | 'network' // the proxy or HPC-AI could not be reached
  | 'timeout'

/** A failure the UI can explain. Its message is for people and never contains the token. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind
  readonly status: number | undefined
  /** How long the server asked us to wait (Retry-After), in ms. */
  readonly retryAfterMs: number | undefined

  constructor(
    kind: ApiErrorKind,
    message: string,
    options: { status?: number; retryAfterMs?: number } = {},
  ) {
    super(message)
    this.name = 'ApiError'
    this.kind = kind
    this.status = options.status
    this.retryAfterMs = options.retryAfterMs
  }

  /** Worth trying again without the user doing anything. */
  get transient(): boolean {
    if (this.kind === 'network' || this.kind === 'timeout') return true
    return this.kind === 'http' && (this.status === 429 || (this.status ?? 0) >= 500)
  }
}

export function isAuthError(error: unknown): error is ApiError {
  return error instanceof ApiError && error.kind === 'auth'
}
