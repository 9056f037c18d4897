import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { preview, type PreviewServer } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hpcaiProxy } from './vite-plugin.ts'

const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJkZW1vIn0.c2ln'
const env: NodeJS.ProcessEnv = { HPCAI_API_ORIGIN: 'http://127.0.0.1:9' }
const logged: string[] = []
const root = mkdtempSync(join(tmpdir(), 'hpcai-plugin-'))
let server: PreviewServer
let port: number

/** A raw request: fetch() could not send a 100 kB header. */
function raw(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
        let body = ''
        res.on('data', (chunk: Buffer) => (body += chunk.toString()))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
      })
      req.on('error', reject)
      req.end()
    },
  )
}

beforeAll(async () => {
  mkdirSync(join(root, 'dist/assets'), { recursive: true })
  writeFileSync(join(root, 'dist/index.html'), '<!doctype html><div id="root"></div>')
  writeFileSync(join(root, 'dist/assets/app-abc123.js'), 'export {}')
  server = await preview({
    root,
    configFile: false,
    logLevel: 'warn',
    customLogger: {
      info: () => {},
      warn: (line) => logged.push(line),
      warnOnce: () => {},
      error: (line) => logged.push(line),
      clearScreen: () => {},
      hasErrorLogged: () => false,
      hasWarned: false,
    },
    plugins: [hpcaiProxy(env)],
    preview: { port: 0, host: '127.0.0.1' },
  })
  port = (server.httpServer.address() as AddressInfo).port
})

afterAll(async () => {
  await server.close()
  rmSync(root, { recursive: true, force: true })
})

describe('hpcaiProxy in vite preview (npm start)', () => {
  it('hands out the demo token only in demo mode, read at request time and never cached', async () => {
    expect(JSON.parse((await raw('/__demo/token')).body)).toEqual({ demo: false })
    env.HPCAI_DEMO = '1'
    env.HPCAI_DEMO_TOKEN = TOKEN
    const demo = await raw('/__demo/token')
    expect(JSON.parse(demo.body)).toEqual({ demo: true, token: TOKEN })
    expect(demo.headers['cache-control']).toBe('no-store')
    env.HPCAI_DEMO_TOKEN = 'not a token'
    expect(JSON.parse((await raw('/__demo/token')).body)).toEqual({ demo: false })
    delete env.HPCAI_DEMO
  })

  it('answers 404 for a missing hashed asset instead of index.html, with the security headers', async () => {
    expect((await raw('/assets/app-abc123.js')).status).toBe(200)
    const missing = await raw('/assets/app-old999.js')
    expect(missing.status).toBe(404)
    expect(missing.body).not.toContain('<div id="root">')
    expect(missing.headers['x-frame-options']).toBe('DENY')
    expect((await raw('/some/view')).body).toContain('<div id="root">')
  })

  it('answers a 100 kB header with the JSON 431 and the security headers, logging one line', async () => {
    logged.length = 0
    const answer = await raw('/api/instance/list', { 'x-hpcai-token': 'a'.repeat(100_000) })
    expect(answer.status).toBe(431)
    expect(JSON.parse(answer.body)).toMatchObject({ proxyError: 'too_large' })
    expect(answer.headers['x-proxy-error']).toBe('too_large')
    expect(answer.headers['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(logged).toHaveLength(1)
  })

  it('sends no CORS headers (vite preview would allow localhost origins)', async () => {
    const answer = await raw('/', { origin: 'http://localhost:3000' })
    expect(answer.headers['access-control-allow-origin']).toBeUndefined()
  })
})
