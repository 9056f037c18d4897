import type { IncomingMessage, ServerResponse } from 'node:http'
import { describe, expect, it, vi } from 'vitest'
import { demoToken } from './vite-plugin.ts'

function call(demo: boolean, url: string) {
  const res = { writeHead: vi.fn(), end: vi.fn() }
  const next = vi.fn()
  demoToken(demo)({ url } as unknown as IncomingMessage, res as unknown as ServerResponse, next)
  const body = res.end.mock.calls[0]?.[0] as string | undefined
  return {
    next,
    headers: res.writeHead.mock.calls[0]?.[1] as Record<string, string> | undefined,
    body: body ? (JSON.parse(body) as unknown) : undefined,
  }
}

describe('the demo token endpoint', () => {
  it('hands out a fresh, uncached token only in demo mode (the upstream is the simulator)', () => {
    const demo = call(true, '/__demo/token')
    expect(demo.body).toMatchObject({
      demo: true,
      token: expect.stringMatching(/^ey[\w-]+\.[\w-]+\.[\w-]+$/) as string,
    })
    expect(demo.headers?.['cache-control']).toBe('no-store')
    expect(call(false, '/__demo/token').body).toEqual({ demo: false })
  })

  it('leaves every other path to the next handler', () => {
    expect(call(true, '/api/instance/list').next).toHaveBeenCalled()
  })
})
