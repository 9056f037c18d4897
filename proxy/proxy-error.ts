import type { ServerResponse } from 'node:http'
import { PROXY_ERROR_HEADER, PROXY_ERRORS, type ProxyErrorCode } from './contract.ts'
import { PROXY_MESSAGES } from './messages.ts'

export interface ProxyErrorOptions {
  /** Defaults to the code's status in the contract. */
  status?: number
  message?: string
  headers?: Record<string, string>
}

/** The body and headers of an answer the proxy makes itself. */
export function proxyErrorAnswer(code: ProxyErrorCode, options: ProxyErrorOptions = {}) {
  const body = JSON.stringify({
    proxyError: code,
    message: options.message ?? PROXY_MESSAGES[code],
  })
  return {
    status: options.status ?? PROXY_ERRORS[code],
    headers: {
      ...options.headers,
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      [PROXY_ERROR_HEADER]: code,
    },
    body,
  }
}

export function sendProxyError(
  res: ServerResponse,
  code: ProxyErrorCode,
  options?: ProxyErrorOptions,
): void {
  if (res.headersSent || res.destroyed) return void res.destroy()
  const answer = proxyErrorAnswer(code, options)
  res.writeHead(answer.status, answer.headers).end(answer.body)
}
