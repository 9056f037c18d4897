import { injectedStopFailure } from '../faults.ts'
import { json, parseJson } from '../http.ts'
import { refusalMessage } from '../stoppable.ts'
import type { RouteAnswer, RouteInput } from './route.ts'

/** HPC-AI's documented error for an unknown id (the docs give no HTTP status; the simulator uses 404). */
export const INSTANCE_NOT_FOUND = { message: 'ent: instance not found' } as const

export const MALFORMED_STOP =
  'the body must be JSON with a non-empty string instanceId, e.g. {"instanceId":"notebook-…"}'

function parseInstanceId(body: string): string | null {
  const parsed = parseJson(body) as { instanceId?: unknown } | null | undefined
  const id = typeof parsed === 'object' && parsed !== null ? parsed.instanceId : undefined
  return typeof id === 'string' && id !== '' ? id : null
}

const answer = (status: number, body: unknown, counted = false): RouteAnswer => ({
  answer: json(status, body),
  counted,
})

/**
 * `POST /api/instance/stop` with `{"instanceId":"notebook-…"}`: 200 `{"instanceId"}` and the
 * instance goes Stopping, then Stopped; 404 for an unknown id; 400 for a malformed body or an
 * instance whose status cannot be stopped. Fault knobs come first and leave the instance untouched.
 */
export function answerStop({ body, options, world }: RouteInput): RouteAnswer {
  const instanceId = parseInstanceId(body)
  if (instanceId === null) return answer(400, { message: MALFORMED_STOP })
  const failure = injectedStopFailure(options.faults, instanceId)
  if (failure) return { answer: failure, counted: false }
  const outcome = world.stop(instanceId)
  if (outcome.kind === 'not-found') return answer(404, INSTANCE_NOT_FOUND)
  if (outcome.kind === 'refused') {
    return answer(400, { message: refusalMessage(instanceId, outcome.status) })
  }
  return answer(200, { instanceId }, true)
}
