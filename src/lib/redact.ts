/**
 * The one redaction of what an upstream answers: anything shaped like a JWT (base64url JSON, `eyJ…`,
 * with or without its other parts) and the session's own token, whole or any of its parts, becomes
 * "[token]". Applied once, where an answer is parsed, so that the screen, the Activity log, live
 * regions, notifications and exports only ever see redacted strings.
 */
export const REDACTED = '[token]'

/** `{"` in base64url is `eyJ`: a JWT's header, or its payload alone, then the parts that follow. */
const JWT_SHAPED = /eyJ[A-Za-z0-9_-]{6,}(?:\.[A-Za-z0-9_-]*){0,2}/g

/** Parts shorter than this are not secrets worth hunting (and would match ordinary text). */
const MIN_SECRET = 8

function secretsOf(token: string | undefined): string[] {
  if (!token) return []
  const parts = token.split('.').filter((part) => part.length >= MIN_SECRET)
  return [token, ...parts].sort((a, b) => b.length - a.length)
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

interface Redactor {
  (text: string): string
  /** Whether the text holds anything to redact. */
  finds: (text: string) => boolean
}

/** A function that redacts one string, built once per token. */
export function redactor(token?: string): Redactor {
  const source = [JWT_SHAPED.source, ...secretsOf(token).map(escapeRegExp)].join('|')
  const pattern = new RegExp(source, 'g')
  const probe = new RegExp(source)
  const redactText = (text: string) => (text.length < 6 ? text : text.replace(pattern, REDACTED))
  return Object.assign(redactText, { finds: (text: string) => probe.test(text) })
}

export function redact(text: string, token?: string): string {
  return redactor(token)(text)
}

/**
 * Redacts every string (and key) of parsed JSON in place and answers it. `source`, the text it was
 * parsed from, lets the common case skip the walk: nothing token-shaped in it and no \u escape.
 */
export function redactJson<T>(value: T, token: string | undefined, source?: string): T {
  const redactText = redactor(token)
  if (source !== undefined && !source.includes('\\u') && !redactText.finds(source)) return value
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
