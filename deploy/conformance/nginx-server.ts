import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseRenderOptions } from '../nginx/options.ts'
import { renderNginxConfig } from '../nginx/render-config.ts'
import { NGINX, NJS_MODULE_SO } from './nginx-binary.ts'
import type { Target, TargetOptions } from './target.ts'

function waitForPort(port: number, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = connect(port, '127.0.0.1')
      socket.once('connect', () => {
        socket.destroy()
        resolve()
      })
      socket.once('error', () => {
        socket.destroy()
        if (Date.now() > until) reject(new Error(`nothing listens on port ${port}`))
        else setTimeout(attempt, 50)
      })
    }
    attempt()
  })
}

/** Real nginx with the rendered config, under its own prefix (pid, logs and temp files in a tmp dir). */
export async function startNginx(options: TargetOptions): Promise<Target> {
  const dir = mkdtempSync(join(tmpdir(), 'hpcai-nginx-'))
  for (const temp of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'])
    mkdirSync(join(dir, temp))
  const config = renderNginxConfig(
    parseRenderOptions({
      origin: options.upstream,
      dist: options.dist,
      port: String(options.port),
      host: '127.0.0.1',
      'deadline-ms': String(options.deadlineMs),
      ...(options.caFile ? { 'ca-file': options.caFile } : {}),
    }),
  )
  writeFileSync(join(dir, 'hpcai.conf'), config)
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      `load_module ${NJS_MODULE_SO};`,
      // As root, workers would run as nobody, who cannot read the test's private tmp dirs.
      'user root;',
      'worker_processes 1;',
      'daemon off;',
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log warn;`,
      'events { worker_connections 256; }',
      'http {',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
        (temp) => `    ${temp}_temp_path ${dir}/${temp};`,
      ),
      `    include ${dir}/hpcai.conf;`,
      '}',
      '',
    ].join('\n'),
  )
  const child = spawn(
    NGINX,
    ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  )
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const logs = () => {
    try {
      return readFileSync(join(dir, 'error.log'), 'utf8')
    } catch {
      return stderr
    }
  }
  try {
    await Promise.race([
      waitForPort(options.port),
      exited.then(() => Promise.reject(new Error(`nginx exited: ${stderr}${logs()}`))),
    ])
  } catch (error) {
    child.kill()
    throw error
  }
  return {
    implementation: 'nginx',
    port: options.port,
    logs,
    close: async () => {
      child.kill('SIGTERM')
      await exited
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
