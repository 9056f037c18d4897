import { PROXY_ERROR_HEADER, PROXY_ERRORS, type ProxyErrorCode } from '../../proxy/contract.ts'
import { PROXY_MESSAGES } from '../../proxy/messages.ts'
import { securityHeaders } from '../../proxy/security-headers.ts'

/** An nginx string: in double quotes unless it holds one. `$` would start a variable: refused. */
export function quoted(value: string): string {
  if (value.includes('$')) throw new Error(`no $ in nginx strings: ${value}`)
  const quote = value.includes('"') ? "'" : '"'
  return quote + value.replaceAll('\\', '\\\\').replaceAll(quote, `\\${quote}`) + quote
}

/** Indents every line of `lines` by `depth` levels of four spaces. */
export function indent(lines: string[], depth = 1): string[] {
  return lines.map((line) => (line ? '    '.repeat(depth) + line : line))
}

/**
 * The security headers on every answer (`always`: errors too), plus `extra`. A location with an
 * add_header of its own drops all of the server's, so every such location repeats them all.
 */
export function headerLines(extra: Record<string, string> = {}, extraAlways = true): string[] {
  return [
    ...Object.entries(securityHeaders()).map(
      ([name, value]) => `add_header ${name} ${quoted(value)} always;`,
    ),
    ...Object.entries(extra).map(
      ([name, value]) => `add_header ${name} ${quoted(value)}${extraAlways ? ' always' : ''};`,
    ),
  ]
}

/** The body of one of the proxy's own JSON answers. */
export function errorBody(code: ProxyErrorCode, message = PROXY_MESSAGES[code]): string {
  return JSON.stringify({ proxyError: code, message })
}

/** The directives of a location that answers the proxy's JSON error `code`. */
export function errorAnswer(
  code: ProxyErrorCode,
  status: number = PROXY_ERRORS[code],
  extra: Record<string, string> = {},
  message?: string,
): string[] {
  return [
    'default_type application/json;',
    ...headerLines({ [PROXY_ERROR_HEADER]: code, 'Cache-Control': 'no-store', ...extra }),
    `return ${status} ${quoted(errorBody(code, message))};`,
  ]
}
