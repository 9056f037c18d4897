import { DEFAULT_JUPYTER_TEMPLATE, jupyterTemplate } from './config'
import { safeHttpUrl } from './safe-url'

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

/** An instance's Jupyter link as configured (VITE_JUPYTER_URL_TEMPLATE), made where it is shown. */
export function jupyterUrlOf(
  instance: { subUrl: string; region: { domain: string } },
  template = jupyterTemplate,
): string | null {
  return jupyterUrl(instance.subUrl, instance.region.domain, template)
}
