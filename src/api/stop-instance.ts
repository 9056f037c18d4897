import { postApi, type ApiRequest } from './client'
import { ApiError } from './errors'

export const STOP_PATH = '/api/instance/stop'

export interface StopRequest extends ApiRequest {
  instanceId: string
}

const UNCERTAIN =
  'Whether the stop reached HPC-AI is not known: check its status before trying again.'

/**
 * POST /api/instance/stop for one instance, once: a stop is not known to be idempotent, so nothing
 * here retries. Resolves when HPC-AI accepted it (`{"instanceId":"…"}`); every failure is an
 * ApiError whose message is the server's own where it sent one.
 */
export async function stopInstance({ instanceId, ...request }: StopRequest): Promise<void> {
  let json: unknown
  try {
    json = await postApi(STOP_PATH, { instanceId }, request)
  } catch (error) {
    // The request may have arrived even though no answer came back.
    if (error instanceof ApiError && (error.kind === 'network' || error.kind === 'timeout')) {
      throw new ApiError(error.kind, `${error.message} ${UNCERTAIN}`, {
        status: error.status,
        retryable: false,
      })
    }
    throw error
  }
  const answered =
    typeof json === 'object' && json !== null ? (json as { instanceId?: unknown }).instanceId : null
  // What it answered is not quoted: the instance asked for is named by the caller, from the list.
  if (typeof answered === 'string' && answered !== instanceId) {
    throw new ApiError('bad-shape', `HPC-AI answered for another instance. ${UNCERTAIN}`, {
      retryable: false,
    })
  }
}
