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
  /**
   * Whether trying again (a Retry button) can help. False when the same request must get the same
   * answer: the dashboard server refused it, or HPC-AI's answer cannot be used.
   */
  readonly retryable: boolean

  constructor(
    kind: ApiErrorKind,
    message: string,
    options: { status?: number; retryAfterMs?: number; retryable?: boolean } = {},
  ) {
    super(message)
    this.name = 'ApiError'
    this.kind = kind
    this.status = options.status
    this.retryAfterMs = options.retryAfterMs
    this.retryable = options.retryable ?? kind !== 'auth'
  }

  /** Worth trying again without the user doing anything. */
  get transient(): boolean {
    if (!this.retryable) return false
    if (this.kind === 'network' || this.kind === 'timeout') return true
    return this.kind === 'http' && (this.status === 429 || (this.status ?? 0) >= 500)
  }
}

export function isAuthError(error: unknown): error is ApiError {
  return error instanceof ApiError && error.kind === 'auth'
}
