import type { Readable } from 'node:stream'

export type BodyResult = { ok: true; body: Buffer } | { ok: false; reason: 'too_large' }

export interface ReadOptions {
  /** Past `limit`, keep reading (and dropping) up to this many bytes in all, then destroy the stream. */
  drainUpTo?: number
}

/**
 * Reads a stream of at most `limit` bytes. A larger one is refused: at once (the stream is destroyed),
 * or after draining it up to `drainUpTo` bytes, so that an answer to a request with a big body still
 * reaches its client on a healthy connection. Rejects when the stream fails or is cut short.
 */
export async function readBody(
  stream: Readable,
  limit: number,
  { drainUpTo = 0 }: ReadOptions = {},
): Promise<BodyResult> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size <= limit) chunks.push(chunk)
    else if (size > drainUpTo) {
      stream.destroy()
      return { ok: false, reason: 'too_large' }
    }
  }
  return size > limit
    ? { ok: false, reason: 'too_large' }
    : { ok: true, body: Buffer.concat(chunks) }
}
