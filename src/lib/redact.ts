/**
 * The one redaction of what an upstream answers: anything shaped like a JWT and the session's own
 * token, whole or any of its parts, becomes "[token]" (see secret-probe.ts). Applied once, where an
 * answer is parsed, so that the screen, the Activity log, live regions, notifications and exports
 * only ever see redacted strings. Loaded only for an answer that may hold one (mayHoldSecret).
 */
import { mayHoldSecret, secretSource } from './secret-probe'

export const REDACTED = '[token]'

/** A function that redacts one string, built once per token. */
export function redactor(token?: string): (text: string) => string {
  const pattern = new RegExp(secretSource(token), 'g')
  return (text: string) => (text.length < 6 ? text : text.replace(pattern, REDACTED))
}

export function redact(text: string, token?: string): string {
  return redactor(token)(text)
}

/**
 * Redacts every string (and key) of parsed JSON in place and answers it. `source`, the text it was
 * parsed from, lets the common case skip the walk: nothing token-shaped in it and no \u escape.
 */
export function redactJson<T>(value: T, token: string | undefined, source?: string): T {
  if (source !== undefined && !mayHoldSecret(source, token)) return value
  const redactText = redactor(token)
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') return redactText(node)
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index++) node[index] = walk(node[index])
    } else if (node !== null && typeof node === 'object') {
      const record = node as Record<string, unknown>
      for (const key of Object.keys(record)) {
        const clean = redactText(key)
        const item = walk(record[key])
        if (clean !== key) Reflect.deleteProperty(record, key)
        record[clean] = item
      }
    }
    return node
  }
  return walk(value) as T
}
