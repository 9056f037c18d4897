import { readFileSync } from 'node:fs'
import { DEFAULT_DEADLINE_MS } from './contract.ts'
import { parseUpstreamOrigin } from './origin.ts'

export interface ProxyEnv {
  origin: URL
  deadlineMs: number
  ca: string | undefined
}

function parseDeadline(raw: string | undefined): number {
  if (!raw?.trim()) return DEFAULT_DEADLINE_MS
  const ms = Number(raw)
  if (!Number.isInteger(ms) || ms < 100 || ms > 600_000) {
    throw new Error(
      `HPCAI_PROXY_DEADLINE_MS must be a whole number of ms from 100 to 600000, got "${raw}"`,
    )
  }
  return ms
}

function readCa(path: string | undefined): string | undefined {
  if (!path?.trim()) return undefined
  try {
    const pem = readFileSync(path, 'utf8')
    if (!pem.includes('-----BEGIN CERTIFICATE-----')) throw new Error('no PEM certificate in it')
    return pem
  } catch (error) {
    throw new Error(`HPCAI_CA_FILE "${path}" cannot be used: ${(error as Error).message}`, {
      cause: error,
    })
  }
}

/** The proxy's settings from the environment, each checked at startup with a readable error. */
export function readProxyEnv(env: NodeJS.ProcessEnv): ProxyEnv {
  return {
    origin: parseUpstreamOrigin(env.HPCAI_API_ORIGIN),
    deadlineMs: parseDeadline(env.HPCAI_PROXY_DEADLINE_MS),
    ca: readCa(env.HPCAI_CA_FILE),
  }
}
