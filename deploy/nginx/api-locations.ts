import { API_PATHS, MAX_ANSWER_BYTES, MAX_REQUEST_BYTES } from '../../proxy/contract.ts'
import type { RenderOptions } from './options.ts'
import { errorAnswer, indent, quoted } from './syntax.ts'

/** The internal location njs sends its subrequest through; never reachable from outside. */
export const UPSTREAM_PREFIX = '/__hpcai_upstream'
/** What the upstream location answers when nginx itself failed to reach the upstream. */
export const HOP_FAILED = {
  upstream_unreachable: 'hpcai:unreachable',
  upstream_timeout: 'hpcai:timeout',
}

function tlsLines({ origin, caFile }: RenderOptions): string[] {
  if (origin.protocol !== 'https:') return []
  return [
    '# The token goes only to a server whose certificate is valid for the origin host.',
    'proxy_ssl_verify on;',
    'proxy_ssl_verify_depth 4;',
    `proxy_ssl_trusted_certificate ${caFile};`,
    'proxy_ssl_server_name on;',
    `proxy_ssl_name ${origin.hostname};`,
    'proxy_ssl_protocols TLSv1.2 TLSv1.3;',
  ]
}

/** The allowlisted paths (njs answers them) and the hop to the upstream. */
export function apiLocations(options: RenderOptions): string[] {
  const { origin, deadlineMs } = options
  const seconds = (ms: number) => `${ms}ms`
  const api = API_PATHS.flatMap((path) => [
    `location = ${path} {`,
    ...indent([
      `client_max_body_size ${MAX_REQUEST_BYTES};`,
      `client_body_buffer_size ${MAX_REQUEST_BYTES};`,
      'client_body_in_single_buffer on;',
      'js_content hpcai_proxy.forward;',
    ]),
    '}',
  ])
  return [
    `set $hpcai_deadline_ms ${deadlineMs};`,
    `set $hpcai_max_answer_bytes ${MAX_ANSWER_BYTES};`,
    ...api,
    '',
    '# Only njs reaches this: it sends the body on with only the headers below, and reads the whole',
    '# answer (the body filter stops counting past the size cap) before answering the browser itself.',
    `location ^~ ${UPSTREAM_PREFIX}/ {`,
    ...indent([
      'internal;',
      `proxy_pass ${origin.origin}/;`,
      'proxy_http_version 1.1;',
      'proxy_buffering off;',
      'proxy_pass_request_headers off;',
      `proxy_set_header Host ${quoted(origin.host)};`,
      'proxy_set_header Content-Type application/json;',
      'proxy_set_header Accept application/json;',
      'proxy_set_header Cookie $hpcai_cookie;',
      'proxy_set_header Connection close;',
      'proxy_redirect off;',
      'proxy_intercept_errors off;',
      'proxy_ignore_headers X-Accel-Redirect X-Accel-Expires X-Accel-Limit-Rate X-Accel-Buffering X-Accel-Charset Expires Cache-Control Set-Cookie Vary;',
      `proxy_connect_timeout ${seconds(Math.min(deadlineMs, 10_000))};`,
      `proxy_send_timeout ${seconds(deadlineMs)};`,
      `proxy_read_timeout ${seconds(deadlineMs)};`,
      ...tlsLines(options),
      `subrequest_output_buffer_size ${MAX_ANSWER_BYTES + 1};`,
      'js_body_filter hpcai_proxy.capAnswer buffer_type=buffer;',
      'error_page 502 503 = @hpcai_hop_unreachable;',
      'error_page 504 = @hpcai_hop_timeout;',
    ]),
    '}',
    `location @hpcai_hop_unreachable { return 502 ${quoted(HOP_FAILED.upstream_unreachable)}; }`,
    `location @hpcai_hop_timeout { return 504 ${quoted(HOP_FAILED.upstream_timeout)}; }`,
    '',
    '# Anything else under /api once decoded and normalized (the server-level check refuses it first).',
    'location ~* ^/api(?:/|$) {',
    ...indent(errorAnswer('bad_path')),
    '}',
  ]
}
