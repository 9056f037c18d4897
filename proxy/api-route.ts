import { posix } from 'node:path'
import { API_PATHS } from './contract.ts'

export type ApiRoute =
  | { kind: 'not-api' }
  | { kind: 'refuse'; code: 'bad_path' | 'bad_method' }
  | { kind: 'forward'; path: (typeof API_PATHS)[number] }

/** Under /api in any letter case, followed by a separator, an encoding or the end. */
const RAW_API = /^\/api(?:[/?#;%\\]|$)/i
const API = /^\/api(?:\/|$)/i

function decoded(path: string): string {
  try {
    return decodeURIComponent(path)
  } catch {
    return path
  }
}

/**
 * Whether a raw request target is an API request: its raw path, or that path once decoded, with
 * slashes merged and dot segments resolved (what nginx matches locations against), lies under /api.
 * An absolute-form target (`POST http://host/api/...`) counts too: no client picks the upstream.
 */
export function isApiTarget(target: string): boolean {
  if (!target.startsWith('/')) return /\/api/i.test(target)
  if (RAW_API.test(target)) return true
  const path = decoded(target.split(/[?#]/)[0] ?? '').replace(/\/+/g, '/')
  return API.test(posix.normalize(path))
}

/** Exactly one of the allowlisted paths, as sent (no query, no encoding, same case), and POST. */
export function routeOf(method: string | undefined, target: string): ApiRoute {
  if (!isApiTarget(target)) return { kind: 'not-api' }
  const path = API_PATHS.find((allowed) => allowed === target)
  if (!path) return { kind: 'refuse', code: 'bad_path' }
  if (method !== 'POST') return { kind: 'refuse', code: 'bad_method' }
  return { kind: 'forward', path }
}
