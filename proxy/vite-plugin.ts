import { readFileSync } from 'node:fs'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import { join, resolve } from 'node:path'
import type { Logger, Plugin, ViteDevServer } from 'vite'
import { answerClientErrors } from './client-error.ts'
import { demoToken } from './demo-token.ts'
import { devContentSecurityPolicy, inlineScriptHashes } from './dev-csp.ts'
import { createForwarder } from './forward.ts'
import type { Log } from './log-line.ts'
import { missingAssets } from './missing-assets.ts'
import { readProxyEnv } from './proxy-env.ts'
import { guardRequests } from './refusals.ts'

type Middleware = (
  req: IncomingMessage,
  res: ServerResponse,
  next: (error?: unknown) => void,
) => void

function logTo(logger: Logger): Log {
  return (line) => logger.warn(line, { timestamp: true })
}

/** Security headers and JSON parse errors on the HTTP server itself, so that every answer has them. */
function guardServer(server: Server | null | undefined, log: Log): void {
  if (!server) return
  answerClientErrors(server, log)
  guardRequests(server)
}

/** The dev server's CSP, with the hashes of the inline scripts Vite injects into index.html. */
function devCsp(server: ViteDevServer, log: Log): Middleware {
  let policy: Promise<string | undefined> | undefined
  const compute = async () => {
    const html = readFileSync(join(server.config.root, 'index.html'), 'utf8')
    return devContentSecurityPolicy(inlineScriptHashes(await server.transformIndexHtml('/', html)))
  }
  return (_req, res, next) => {
    policy ??= compute().catch((error: unknown) => {
      log(`hpcai proxy: no dev CSP for inline scripts, the strict one stays (${String(error)})`)
      return undefined
    })
    void policy.then((csp) => {
      if (csp) res.setHeader('Content-Security-Policy', csp)
      next()
    })
  }
}

/**
 * The one proxy of the app, for `vite` (dev) and `vite preview` (npm start) alike: the allowlisted
 * /api paths go to HPCAI_API_ORIGIN with the token as the AccessToken cookie; nothing else leaves.
 */
export function hpcaiProxy(env: NodeJS.ProcessEnv = process.env): Plugin {
  const settings = readProxyEnv(env)
  const proxyMiddleware = (log: Log): Middleware => {
    const forward = createForwarder({ ...settings, log })
    return (req, res, next) => {
      forward(req, res, next).catch((error: unknown) => {
        log(`hpcai proxy: ${String(error)}`)
        res.destroy()
      })
    }
  }
  return {
    name: 'hpcai-proxy',
    // Vite would answer localhost origins with CORS headers: no other origin may read the API.
    config: () => ({ server: { cors: false }, preview: { cors: false } }),
    configureServer(server) {
      const log = logTo(server.config.logger)
      guardServer(server.httpServer as Server | null, log)
      server.middlewares.use(devCsp(server, log))
      server.middlewares.use(demoToken(env))
      server.middlewares.use(proxyMiddleware(log))
    },
    configurePreviewServer(server) {
      const log = logTo(server.config.logger)
      guardServer(server.httpServer as Server | null, log)
      server.middlewares.use(demoToken(env))
      server.middlewares.use(proxyMiddleware(log))
      server.middlewares.use(missingAssets(resolve(server.config.root, server.config.build.outDir)))
    },
  }
}
