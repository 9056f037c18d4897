import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { readBody } from './read-body.ts'

const chunks = (...sizes: number[]) => Readable.from(sizes.map((size) => Buffer.alloc(size, 97)))

describe('readBody', () => {
  it('returns a body up to the limit, whole', async () => {
    const result = await readBody(chunks(3, 4), 7)
    expect(result).toEqual({ ok: true, body: Buffer.from('aaaaaaa') })
  })

  it('refuses a larger body and stops reading it at once', async () => {
    const stream = chunks(5, 5, 5)
    expect(await readBody(stream, 7)).toEqual({ ok: false, reason: 'too_large' })
    expect(stream.destroyed).toBe(true)
  })

  it('drains a larger body up to drainUpTo before refusing it, keeping the stream whole', async () => {
    const stream = chunks(5, 5, 5)
    expect(await readBody(stream, 7, { drainUpTo: 100 })).toEqual({
      ok: false,
      reason: 'too_large',
    })
    expect(stream.readableEnded).toBe(true)
  })

  it('gives up draining past drainUpTo', async () => {
    const stream = chunks(5, 5, 5, 5)
    await readBody(stream, 7, { drainUpTo: 12 })
    expect(stream.readableEnded).toBe(false)
    expect(stream.destroyed).toBe(true)
  })

  it('rejects when the stream breaks', async () => {
    const stream = new Readable({ read() {} })
    stream.push('abc')
    setTimeout(() => stream.destroy(new Error('aborted')), 5)
    await expect(readBody(stream, 100)).rejects.toThrow('aborted')
  })
})
