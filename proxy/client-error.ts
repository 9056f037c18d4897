import type { Server } from 'node:http'
import type { Duplex } from 'node:stream'
import type { ProxyErrorCode } from './contract.ts'
import type { Log } from './log-line.ts'
import { proxyErrorAnswer } from './proxy-error.ts'
import { securityHeaders } from './security-headers.ts'

/** Why Node's HTTP parser refused a request, as the contract names it. */
function refusalOf(error: NodeJS.ErrnoException): { code: ProxyErrorCode; status: number } {
  if (error.code === 'HPE_HEADER_OVERFLOW') return { code: 'too_large', status: 431 }
  if (error.code === 'HPE_CHUNK_EXTENSIONS_OVERFLOW') return { code: 'too_large', status: 413 }
  return { code: 'bad_request', status: 400 }
}

/**
 * Requests Node cannot parse (a 100 kB header, a malformed line) get the contract's JSON error with the
 * security headers, instead of a bare status line; replaces Vite's own handler.
 */
export function answerClientErrors(server: Server, log: Log): void {
  server.removeAllListeners('clientError')
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) return void socket.destroy()
    const { code, status } = refusalOf(error)
    const answer = proxyErrorAnswer(code, { status })
    const headers = { ...securityHeaders(), ...answer.headers, Connection: 'close' }
    log(`hpcai proxy: unreadable request -> ${status} ${code} (${error.code ?? 'parse error'})`)
    socket.end(
      `HTTP/1.1 ${status} ${code}\r\n` +
        Object.entries(headers)
          .map(([name, value]) => `${name}: ${value}\r\n`)
          .join('') +
        `Content-Length: ${Buffer.byteLength(answer.body)}\r\n\r\n${answer.body}`,
    )
  })
}
