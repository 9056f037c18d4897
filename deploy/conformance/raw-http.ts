import { connect } from 'node:net'

export interface RawResponse {
  status: number
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string>
  body: Buffer
  text: string
}

export interface RawRequest {
  method?: string
  /** The request target exactly as written on the request line (no normalising). */
  target: string
  headers?: Record<string, string>
  body?: string | Buffer
  /** Extra header lines written verbatim (for CR/LF and folding probes). */
  rawLines?: string[]
  /** The Host header; null sends none. */
  host?: string | null
  /** The protocol on the request line. */
  version?: string
}

function dechunk(data: Buffer): Buffer {
  const parts: Buffer[] = []
  let at = 0
  while (at < data.length) {
    const lineEnd = data.indexOf('\r\n', at)
    if (lineEnd < 0) break
    const size = parseInt(data.subarray(at, lineEnd).toString(), 16)
    if (!size) break
    parts.push(data.subarray(lineEnd + 2, lineEnd + 2 + size))
    at = lineEnd + 2 + size + 2
  }
  return Buffer.concat(parts)
}

function parse(data: Buffer): RawResponse {
  const headEnd = data.indexOf('\r\n\r\n')
  const head = data.subarray(0, headEnd < 0 ? data.length : headEnd).toString('latin1')
  const [statusLine = '', ...lines] = head.split('\r\n')
  const headers: Record<string, string> = {}
  for (const line of lines) {
    const colon = line.indexOf(':')
    const name = line.slice(0, colon).trim().toLowerCase()
    const value = line.slice(colon + 1).trim()
    headers[name] = name in headers ? `${headers[name]}, ${value}` : value
  }
  const raw = headEnd < 0 ? Buffer.alloc(0) : data.subarray(headEnd + 4)
  const body = headers['transfer-encoding']?.includes('chunked') ? dechunk(raw) : raw
  return { status: Number(statusLine.split(' ')[1] ?? 0), headers, body, text: body.toString() }
}

/**
 * One request on its own connection (`Connection: close`), written byte for byte; the answer is read
 * to its Content-Length, or to the server's close.
 */
export function rawRequest(port: number, request: RawRequest): Promise<RawResponse> {
  const { method = 'POST', target, headers = {}, body = '', rawLines = [] } = request
  const host = request.host === undefined ? `127.0.0.1:${port}` : request.host
  const lines = [
    `${method} ${target} ${request.version ?? 'HTTP/1.1'}`,
    ...(host === null ? [] : [`Host: ${host}`]),
    'Connection: close',
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
    ...rawLines,
  ]
  if (body.length || method === 'POST') lines.push(`Content-Length: ${Buffer.byteLength(body)}`)
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    const socket = connect(port, '127.0.0.1')
    socket.setTimeout(20_000, () => socket.destroy(new Error('no answer within 20 s')))
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk)
      // Complete once Content-Length bytes arrived, as for a browser; the server may close later.
      const data = Buffer.concat(chunks)
      const headEnd = data.indexOf('\r\n\r\n')
      const length = /\r\ncontent-length: *(\d+)/i.exec(
        data.subarray(0, headEnd).toString('latin1'),
      )
      if (headEnd >= 0 && length && data.length >= headEnd + 4 + Number(length[1])) {
        socket.destroy()
        resolve(parse(data))
      }
    })
    socket.on('error', (error) => {
      // A server may answer and reset a connection whose request it refused to read to its end.
      if (chunks.length) resolve(parse(Buffer.concat(chunks)))
      else reject(error)
    })
    socket.on('end', () => {
      socket.destroy()
      resolve(parse(Buffer.concat(chunks)))
    })
    // No half-close: Node's server takes a client that ends its side as gone.
    socket.write(
      Buffer.concat([Buffer.from(lines.join('\r\n') + '\r\n\r\n', 'latin1'), Buffer.from(body)]),
    )
  })
}
