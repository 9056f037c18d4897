import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Plugin } from 'vite'
// eslint-disable-next-line import-x/no-restricted-paths -- moves to the demo launcher (issue 10)
import { mintToken } from '../sim/jwt.ts'
import { DEMO_TOKEN_PATH } from './contract.ts'
import { createForwarder } from './forward.ts'
import { parseUpstreamOrigin } from './origin.ts'
import { securityHeaders } from './security-headers.ts'

/** In demo mode (the upstream is the built-in simulator) the SPA may fetch a fresh demo token. */
export function demoToken(demo: boolean) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    if (req.url !== DEMO_TOKEN_PATH) return next()
    const body = demo ? { demo: true, token: mintToken() } : { demo: false }
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' })
    res.end(JSON.stringify(body))
  }
}

/**
 * The one proxy of the app, for `vite` (dev) and `vite preview` (npm start) alike:
 * /api/* goes to HPCAI_API_ORIGIN with the token as the AccessToken cookie; nothing else leaves.
 */
export function hpcaiProxy(env: NodeJS.ProcessEnv = process.env): Plugin {
  const origin = parseUpstreamOrigin(env.HPCAI_API_ORIGIN)
  const demo = env.HPCAI_DEMO === '1'
  const forward = createForwarder({ origin })
  const handle = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => {
    forward(req, res, next).catch(next)
  }
  return {
    name: 'hpcai-proxy',
    configureServer(server) {
      server.middlewares.use(demoToken(demo))
      server.middlewares.use(handle)
    },
    configurePreviewServer(server) {
      server.middlewares.use(securityHeaders)
      server.middlewares.use(demoToken(demo))
      server.middlewares.use(handle)
    },
  }
}
