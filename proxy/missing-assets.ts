import { existsSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { join, normalize, sep } from 'node:path'

/**
 * A missing /assets/ file answers 404, never index.html: after a redeploy the old hashed chunks are
 * gone, and the app must see a failed import rather than HTML parsed as JavaScript.
 */
export function missingAssets(distDir: string) {
  const root = normalize(distDir + sep)
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const path = (req.url ?? '').split(/[?#]/)[0] ?? ''
    if (!path.startsWith('/assets/')) return next()
    let file: string
    try {
      file = normalize(join(root, decodeURIComponent(path)))
    } catch {
      file = ''
    }
    if (file.startsWith(root) && existsSync(file)) return next()
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' })
    res.end('Not found\n')
  }
}
