import { DEMO_TOKEN_PATH } from '../../proxy/contract.ts'
import { REFUSALS } from '../../proxy/refusals.ts'
import { apiLocations } from './api-locations.ts'
import { httpMaps } from './http-maps.ts'
import type { RenderOptions } from './options.ts'
import { errorAnswer, headerLines, indent, quoted } from './syntax.ts'

/** Types for what dist/ holds, so that the config does not depend on the http block's mime.types. */
const TYPES = [
  'text/html html;',
  'text/css css;',
  'application/javascript js mjs;',
  'application/json json map;',
  'image/svg+xml svg;',
  'image/png png;',
  'image/x-icon ico;',
  'font/woff2 woff2;',
  'text/plain txt;',
  'application/manifest+json webmanifest;',
]

/** An internal location answering one of the proxy's JSON errors. */
function errorLocation(name: string, lines: string[]): string[] {
  return [`location = /__hpcai/${name} {`, ...indent(['internal;', ...lines]), '}']
}

/** The refusals nginx makes itself besides those above (a long URI, a range, HTTP/2…), as JSON. */
const OTHER_REFUSALS = [411, 414, 417, 501, 505]

function refusalLocations(): string[] {
  return OTHER_REFUSALS.flatMap((status) => {
    const refusal = REFUSALS[status]
    if (!refusal) return []
    return [
      `error_page ${status} =${status} /__hpcai/refused_${status};`,
      ...errorLocation(`refused_${status}`, errorAnswer(refusal.code, status, {}, refusal.message)),
    ]
  })
}

function errorLocations(): string[] {
  return [
    "# The proxy's own answers: JSON with the security headers, never nginx's HTML pages. Error pages",
    '# are URIs, not named locations: a request line nginx cannot parse has no URI to start from.',
    'error_page 400 =400 /__hpcai/bad_request;',
    'error_page 494 =431 /__hpcai/headers_too_large;',
    'error_page 405 =405 /__hpcai/bad_method;',
    'error_page 413 =413 /__hpcai/too_large;',
    'error_page 404 =404 /__hpcai/not_found;',
    'if ($hpcai_refusal = bad_path) { rewrite ^ /__hpcai/bad_path last; }',
    'if ($hpcai_refusal = bad_method) { rewrite ^ /__hpcai/bad_method last; }',
    ...errorLocation('bad_path', errorAnswer('bad_path')),
    ...errorLocation('bad_method', errorAnswer('bad_method', 405, { Allow: 'POST' })),
    ...errorLocation('bad_request', errorAnswer('bad_request')),
    ...errorLocation('headers_too_large', errorAnswer('too_large', 431)),
    ...errorLocation('too_large', errorAnswer('too_large', 413)),
    ...errorLocation('not_found', ['default_type text/plain;', 'return 404 "Not found\\n";']),
    ...refusalLocations(),
    '# nginx ignores an Expect it cannot meet; Node refuses it: both answer 417.',
    'if ($http_expect !~* "^(100-continue)?$") { rewrite ^ /__hpcai/refused_417 last; }',
  ]
}

function staticLocations(): string[] {
  return [
    '# The SPA: hashed assets cached for good (a missing one is 404, never index.html),',
    '# index.html revalidated on every load, every other path answered by index.html.',
    'location ^~ /assets/ {',
    ...indent([
      'try_files $uri =404;',
      ...headerLines({ 'Cache-Control': 'public, max-age=31536000, immutable' }, false),
    ]),
    '}',
    'location = /index.html {',
    ...indent(headerLines({ 'Cache-Control': 'no-cache' })),
    '}',
    'location / {',
    ...indent(['try_files $uri /index.html;']),
    '}',
    `location = ${DEMO_TOKEN_PATH} {`,
    ...indent([
      'default_type application/json;',
      ...headerLines({ 'Cache-Control': 'no-store' }),
      `return 200 ${quoted('{"demo":false}')};`,
    ]),
    '}',
  ]
}

/** The config to include in nginx's http block: the maps, then one server. */
export function renderNginxConfig(options: RenderOptions): string {
  const listen = options.host ? `${options.host}:${options.port}` : String(options.port)
  const server = [
    `listen ${listen};`,
    'server_name _;',
    'server_tokens off;',
    `root ${options.dist};`,
    'index index.html;',
    '# No access log: the token travels in a request header.',
    'access_log off;',
    `client_max_body_size 16k;`,
    '# No byte ranges (the files are small): no 416 either; Node ignores Range too.',
    'max_ranges 0;',
    'types {',
    ...indent(TYPES),
    '}',
    'charset utf-8;',
    'gzip on;',
    'gzip_vary on;',
    'gzip_min_length 1024;',
    'gzip_types text/css application/javascript image/svg+xml;',
    ...headerLines(),
    '',
    ...errorLocations(),
    '',
    ...staticLocations(),
    '',
    ...apiLocations(options),
  ]
  return [
    '# HPC-AI dashboard for a team server, rendered by `npm run deploy:nginx`. Include it in the http',
    "# block of nginx.conf. Needs nginx's JavaScript module (Debian: apt-get install libnginx-mod-http-js).",
    '# The contract it keeps is in deploy/README.md.',
    '',
    ...httpMaps(options.njsModule),
    '',
    'server {',
    ...indent(server),
    '}',
    '',
  ].join('\n')
}
