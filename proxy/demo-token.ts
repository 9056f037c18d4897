import type { IncomingMessage, ServerResponse } from 'node:http'
import { DEMO_TOKEN_PATH, TOKEN_PATTERN } from './contract.ts'

/**
 * `/__demo/token`: in demo mode (HPCAI_DEMO=1, set by the demo launcher, whose upstream is the
 * simulator) the token the launcher minted and keeps fresh in HPCAI_DEMO_TOKEN, read at request time;
 * otherwise `{ demo: false }`.
 */
export function demoToken(env: NodeJS.ProcessEnv = process.env) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    if (req.url !== DEMO_TOKEN_PATH) return next()
    const token = env.HPCAI_DEMO === '1' ? env.HPCAI_DEMO_TOKEN : undefined
    const body = token && TOKEN_PATTERN.test(token) ? { demo: true, token } : { demo: false }
    res.writeHead(200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
    })
    res.end(JSON.stringify(body))
  }
}
