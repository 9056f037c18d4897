export const DEFAULT_ORIGIN = 'https://hpc-ai.com'

/**
 * Validates HPCAI_API_ORIGIN: an http(s) origin with nothing after the host, so that the proxy can
 * only ever reach the one upstream it was started with.
 */
export function parseUpstreamOrigin(raw: string | undefined, name = 'HPCAI_API_ORIGIN'): URL {
  const value = raw?.trim() || DEFAULT_ORIGIN
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new Error(`${name} must be a URL such as ${DEFAULT_ORIGIN}, got "${value}"`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`${name} must use http or https, got "${url.protocol}"`)
  }
  if (
    url.username ||
    url.password ||
    url.search ||
    url.hash ||
    (url.pathname !== '/' && url.pathname !== '')
  ) {
    throw new Error(`${name} must be an origin only (scheme, host, port), got "${value}"`)
  }
  return new URL(url.origin)
}
