import { existsSync, readFileSync } from 'node:fs'
import { isAbsolute, join } from 'node:path'
import { DEFAULT_DEADLINE_MS } from '../../proxy/contract.ts'
import { parseUpstreamOrigin } from '../../proxy/origin.ts'

export const SYSTEM_CA_BUNDLE = '/etc/ssl/certs/ca-certificates.crt'
export const NJS_MODULE = join(import.meta.dirname, 'hpcai-proxy.js')

export interface RenderOptions {
  /** The upstream, an http(s) origin. */
  origin: URL
  /** The built app (absolute). */
  dist: string
  port: number
  /** Listen on this address only (default: every address). */
  host?: string
  /** CA certificates trusted for an https upstream. */
  caFile: string
  deadlineMs: number
  /** The njs module the config imports (absolute). */
  njsModule: string
}

export interface RawOptions {
  origin?: string
  dist?: string
  port?: string
  host?: string
  'ca-file'?: string
  'deadline-ms'?: string
  'njs-module'?: string
}

/** Characters that would end or change an nginx directive. */
const UNSAFE = /[\s;{}"'$\\#]/

function absolutePath(name: string, value: string | undefined): string {
  if (!value) throw new Error(`--${name} is required`)
  if (!isAbsolute(value)) throw new Error(`--${name} must be an absolute path, got "${value}"`)
  if (UNSAFE.test(value))
    throw new Error(`--${name} must not contain spaces, quotes, ; { } $ \\ or #, got "${value}"`)
  return value
}

function wholeNumber(name: string, value: string, min: number, max: number): number {
  const number = Number(value)
  if (!/^\d+$/.test(value) || number < min || number > max)
    throw new Error(`--${name} must be a whole number from ${min} to ${max}, got "${value}"`)
  return number
}

function readableCa(path: string): string {
  let pem: string
  try {
    pem = readFileSync(path, 'utf8')
  } catch {
    throw new Error(
      `--ca-file ${path} cannot be read` +
        (path === SYSTEM_CA_BUNDLE ? ' (Debian: apt-get install ca-certificates)' : ''),
    )
  }
  if (!pem.includes('-----BEGIN CERTIFICATE-----'))
    throw new Error(`--ca-file ${path} holds no PEM certificate`)
  return path
}

/** The command's arguments, checked one by one with a message that says what to pass instead. */
export function parseRenderOptions(raw: RawOptions): RenderOptions {
  if (!raw.origin) throw new Error('--origin is required, e.g. --origin https://hpc-ai.com')
  const origin = parseUpstreamOrigin(raw.origin, '--origin')
  if (!raw.port) throw new Error('--port is required, e.g. --port 8080')
  const host = raw.host
  if (host !== undefined && !/^(?:[\d.]+|\[[\dA-Fa-f:.]+\]|localhost)$/.test(host))
    throw new Error(`--host must be an IP address such as 127.0.0.1 or [::1], got "${host}"`)
  return {
    origin,
    dist: absolutePath('dist', raw.dist),
    port: wholeNumber('port', raw.port, 1, 65535),
    ...(host ? { host } : {}),
    caFile: readableCa(absolutePath('ca-file', raw['ca-file'] ?? SYSTEM_CA_BUNDLE)),
    deadlineMs: raw['deadline-ms']
      ? wholeNumber('deadline-ms', raw['deadline-ms'], 100, 600_000)
      : DEFAULT_DEADLINE_MS,
    njsModule: absolutePath('njs-module', raw['njs-module'] ?? NJS_MODULE),
  }
}

/** A dist without index.html is most likely not built yet: worth a warning, not a refusal. */
export function distWarning(dist: string): string | null {
  return existsSync(join(dist, 'index.html'))
    ? null
    : `warning: ${dist}/index.html does not exist yet (npm ci && npm run build makes it)`
}
