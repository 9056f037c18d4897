import { isSshHost, isSshPort, type NodePort } from './ssh'

/**
 * `host:nodePort`, where an exposed port is reached from outside, built only from a valid host
 * (the entry's address, else the region's) and port; null when HPC-AI sent anything else.
 */
export function portEndpoint(entry: NodePort, fallbackAddress: string): string | null {
  const host = entry.address || fallbackAddress
  if (!isSshHost(host) || !isSshPort(entry.nodePort)) return null
  return host.includes(':') ? `[${host}]:${entry.nodePort}` : `${host}:${entry.nodePort}`
}
