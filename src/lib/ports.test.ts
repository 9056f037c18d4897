import { describe, expect, it } from 'vitest'
import { portEndpoint } from './ports'

describe('portEndpoint', () => {
  it('joins a valid host and node port, falling back to the region address', () => {
    expect(portEndpoint({ port: 8888, address: '10.0.0.5', nodePort: 31_000 }, '')).toBe(
      '10.0.0.5:31000',
    )
    expect(portEndpoint({ port: 8888, address: '', nodePort: 31_000 }, 'sg.example.com')).toBe(
      'sg.example.com:31000',
    )
    expect(portEndpoint({ port: 80, address: '2001:db8::1', nodePort: 30_080 }, '')).toBe(
      '[2001:db8::1]:30080',
    )
  })

  it('gives nothing for hosts or ports that are not what they claim', () => {
    expect(
      portEndpoint({ port: 80, address: '10.0.0.1\nProxyCommand x', nodePort: 1 }, ''),
    ).toBeNull()
    expect(portEndpoint({ port: 80, address: '', nodePort: 30_000 }, '')).toBeNull()
    expect(portEndpoint({ port: 80, address: 'h.example', nodePort: 70_000 }, '')).toBeNull()
  })
})
