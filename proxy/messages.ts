import type { ProxyErrorCode } from './contract.ts'

/** What the proxy says about its own answers; the SPA shows these as they are. */
export const PROXY_MESSAGES: Record<ProxyErrorCode, string> = {
  bad_path: 'The dashboard server does not forward this path.',
  bad_request: 'The dashboard server could not read this request.',
  bad_method: 'The dashboard server forwards only POST requests.',
  too_large: 'The request is too large for the dashboard server.',
  upstream_unreachable: 'Could not reach HPC-AI from the dashboard server.',
  upstream_timeout: 'HPC-AI did not answer the dashboard server in time.',
  upstream_not_json: 'HPC-AI sent the dashboard server an answer that is not JSON.',
  upstream_too_large: 'HPC-AI sent the dashboard server an answer too large to read.',
}
