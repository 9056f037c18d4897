import { createHash } from 'node:crypto'
import { CONTENT_SECURITY_POLICY } from './security-headers.ts'

/** 'sha256-…' sources for the inline scripts of a page (those without a src attribute). */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = []
  for (const [, attributes = '', text = ''] of html.matchAll(
    /<script\b([^>]*)>([\s\S]*?)<\/script>/gi,
  )) {
    if (/\bsrc\s*=/i.test(attributes) || !text) continue
    hashes.push(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`)
  }
  return hashes
}

/**
 * The dev server's policy: the production one, except that the inline scripts Vite injects (React
 * refresh's preamble) are allowed by their hash, and styles may be inline (Vite injects CSS as <style>).
 */
export function devContentSecurityPolicy(scriptHashes: string[]): string {
  return CONTENT_SECURITY_POLICY.replace(
    "script-src 'self'",
    ["script-src 'self'", ...scriptHashes].join(' '),
  ).replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
}
