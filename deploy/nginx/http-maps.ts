import { API_PATHS, MAX_TOKEN_LENGTH, TOKEN_HEADER } from '../../proxy/contract.ts'

/**
 * http-level maps: the cookie built from the token, and how a request stands against the allowlist,
 * judged on the raw request line before nginx decodes or merges anything.
 */
export function httpMaps(njsModule: string): string[] {
  return [
    `js_import hpcai_proxy from ${njsModule};`,
    '',
    '# A JWT of sane length becomes the one cookie; anything else (CR/LF, ";", 100 kB) gets none.',
    `map $http_${TOKEN_HEADER.replaceAll('-', '_')} $hpcai_cookie {`,
    `    "~^(?=.{1,${MAX_TOKEN_LENGTH}}$)(?<hpcai_jwt>[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*)$" "AccessToken=$hpcai_jwt";`,
    '    default "";',
    '}',
    '',
    '# The raw target: exactly an allowlisted path, or anything else that starts like /api in any case.',
    'map $request_uri $hpcai_raw_target {',
    ...API_PATHS.map((path) => `    "${path}" allowed;`),
    '    "~*^/api(?:[/?#;%\\x5c]|$)" api;',
    '    default other;',
    '}',
    'map $uri $hpcai_normalized_api {',
    '    "~*^/api(?:/|$)" 1;',
    '    default 0;',
    '}',
    '# POST http://host/api/...: no client names the upstream.',
    'map $request $hpcai_absolute_form {',
    '    "~^[A-Z]+ [A-Za-z][A-Za-z0-9+.-]*://" 1;',
    '    default 0;',
    '}',
    'map "$hpcai_raw_target:$hpcai_normalized_api:$hpcai_absolute_form:$request_method" $hpcai_refusal {',
    '    "allowed:1:0:POST" "";',
    '    "~^allowed:1:0:" bad_method;',
    '    "~^api:" bad_path;',
    '    "~^[a-z]+:1:" bad_path;',
    '    "~^[a-z]+:[01]:1:" bad_path;',
    '    default "";',
    '}',
  ]
}
