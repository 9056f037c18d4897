import { safeHttpUrl } from './safe-url'

export const DEFAULT_JUPYTER_TEMPLATE = 'https://{domain}{subUrl}'
const FALLBACK_DOMAIN = 'hpc-ai.com'
const HOST_PATTERN = /^[A-Za-z0-9.-]+(:\d+)?$/

/**
 * The Jupyter link for an instance: the template with `{domain}` (the region's domain, hpc-ai.com
 * when empty) and `{subUrl}` (a path that must start with one slash). Anything else gives no link.
 */
export function jupyterUrl(
  subUrl: string,
  domain: string,
  template = DEFAULT_JUPYTER_TEMPLATE,
): string | null {
  if (!/^\/[^/\\]/.test(subUrl) || /[\s"'<>`]/.test(subUrl)) return null
  const host = domain.trim() || FALLBACK_DOMAIN
  if (!HOST_PATTERN.test(host)) return null
  return safeHttpUrl(template.replaceAll('{domain}', host).replaceAll('{subUrl}', subUrl))
}
