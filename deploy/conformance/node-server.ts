import { preview, type Logger } from 'vite'
import type { Target, TargetOptions } from './target.ts'

/** `npm start`: vite preview with the proxy plugin, configured through the environment as usual. */
export async function startNode(options: TargetOptions): Promise<Target> {
  const lines: string[] = []
  const keep = (line: string) => void lines.push(line)
  const logger: Logger = {
    info: () => {},
    warn: keep,
    warnOnce: keep,
    error: keep,
    clearScreen: () => {},
    hasErrorLogged: () => false,
    hasWarned: false,
  }
  const saved = { ...process.env }
  Object.assign(process.env, {
    HPCAI_API_ORIGIN: options.upstream,
    HPCAI_PROXY_DEADLINE_MS: String(options.deadlineMs),
    HPCAI_CA_FILE: options.caFile ?? '',
    HPCAI_DEMO: '',
  })
  try {
    const server = await preview({
      customLogger: logger,
      build: { outDir: options.dist },
      preview: { port: options.port, strictPort: true, host: '127.0.0.1' },
    })
    return {
      implementation: 'node',
      port: options.port,
      logs: () => lines.join('\n'),
      close: () => server.close(),
    }
  } finally {
    process.env = saved
  }
}
