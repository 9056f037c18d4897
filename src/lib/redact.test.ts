import { describe, expect, it } from 'vitest'
import { redact, redactJson, REDACTED } from './redact'

const TOKEN =
  'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIwOGY2ZjI2MSJ9.hDEYrfq5zksB7ywx7scoNM-IJmyW88mYTtz435kamqo'
const [, PAYLOAD = '', SIGNATURE = ''] = TOKEN.split('.')

describe('redact', () => {
  it('replaces the session token, whole or in parts, and any JWT', () => {
    expect(redact(`HPC-AI answered for another instance (${TOKEN})`, TOKEN)).toBe(
      `HPC-AI answered for another instance (${REDACTED})`,
    )
    expect(redact(`AccessToken=${TOKEN}; x=1`, TOKEN)).toBe(`AccessToken=${REDACTED}; x=1`)
    expect(redact(`sig ${SIGNATURE}`, TOKEN)).toBe(`sig ${REDACTED}`)
    expect(redact(`claims ${PAYLOAD}`, TOKEN)).toBe(`claims ${REDACTED}`)
    expect(redact('a foreign eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0. token')).toBe(
      `a foreign ${REDACTED} token`,
    )
  })

  it('leaves ordinary text alone: names, ids, host names, short words', () => {
    for (const text of [
      'notebook-08f6f261-5a1d-4c2e-9f3b-85e6ae32f492',
      'llama.train.node-3',
      'ent: instance not found',
      'eyJ',
      'asia-sg-1.hpc-ai.com',
    ])
      expect(redact(text, TOKEN)).toBe(text)
  })

  it('redacts every string and key of parsed JSON in place, escaped forms included', () => {
    const source = `{"instances":[{"name":"n \\u0065${TOKEN.slice(1)}","tags":["${SIGNATURE}"]}],"${TOKEN}":1}`
    const json = redactJson(JSON.parse(source) as unknown, TOKEN, source)
    expect(JSON.stringify(json)).toBe(
      `{"instances":[{"name":"n ${REDACTED}","tags":["${REDACTED}"]}],"${REDACTED}":1}`,
    )
  })

  it('skips the walk when the text it came from holds nothing to redact', () => {
    const json = { name: 'x' }
    expect(redactJson(json, TOKEN, '{"name":"x"}')).toBe(json)
  })
})
