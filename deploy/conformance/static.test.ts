import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { expectSecurityHeaders } from './expect-answer.ts'
import { portRange } from './ports.ts'
import { rawRequest } from './raw-http.ts'
import { IMPLEMENTATIONS, serveBoth, type Target } from './servers.ts'

const nextPort = portRange()
const dist = inject('dist')
// The largest script: well above the size nginx starts to compress at (gzip_min_length), whatever
// the chunks are named.
const script =
  readdirSync(join(dist, 'assets'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => ({ name, size: statSync(join(dist, 'assets', name)).size }))
    .sort((a, b) => b.size - a.size)[0]?.name ?? ''

// No upstream: nothing here reaches /api/.
const targets = serveBoth(nextPort, () => 'http://127.0.0.1:9')

const get = (target: Target, path: string, headers: Record<string, string> = {}) =>
  rawRequest(target.port, { method: 'GET', target: path, headers })

describe.each(IMPLEMENTATIONS)('%s serving the app', (implementation) => {
  const target = () => targets.get(implementation) as Target

  it('serves index.html for the app and for any view path, with the security headers', async () => {
    for (const path of ['/', '/some/view?status=Running']) {
      const answer = await get(target(), path)
      expect(answer.status).toBe(200)
      expect(answer.text).toContain('<div id="root">')
      expectSecurityHeaders(answer)
    }
  })

  it('serves a hashed asset, and answers 404 for a missing one (never index.html)', async () => {
    const asset = await get(target(), `/assets/${script}`)
    expect(asset.status).toBe(200)
    expect(asset.headers['content-type']).toMatch(/javascript/)
    const missing = await get(target(), '/assets/instance-drawer-0ld0ld0.js')
    expect(missing.status).toBe(404)
    expect(missing.text).not.toContain('<div id="root">')
    expectSecurityHeaders(missing)
  })

  it('answers the demo-token probe with demo: false, uncached', async () => {
    const answer = await get(target(), '/__demo/token')
    expect(JSON.parse(answer.text)).toEqual({ demo: false })
    expect(answer.headers['cache-control']).toBe('no-store')
    expectSecurityHeaders(answer)
  })
})

describe('nginx serving the app, beyond the Node server', () => {
  const nginx = () => targets.get('nginx') as Target

  it('caches hashed assets for good and revalidates index.html', async () => {
    const asset = await get(nginx(), `/assets/${script}`)
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    for (const path of ['/', '/index.html', '/some/view'])
      expect((await get(nginx(), path)).headers['cache-control']).toBe('no-cache')
    const missing = await get(nginx(), '/assets/gone-0ld0ld0.js')
    expect(missing.headers['cache-control']).toBeUndefined()
  })

  it('compresses text assets and shows no version', async () => {
    const asset = await get(nginx(), `/assets/${script}`, { 'accept-encoding': 'gzip' })
    expect(asset.headers['content-encoding']).toBe('gzip')
    expect(asset.headers.server).toBe('nginx')
  })
})
