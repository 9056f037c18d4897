import { existsSync } from 'node:fs'

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx'
export const NJS_MODULE_SO =
  process.env.NGINX_JS_MODULE ?? '/usr/lib/nginx/modules/ngx_http_js_module.so'

/** The suite runs against real nginx: without it, it fails saying how to install it. */
export function checkNginx(): void {
  if (!existsSync(NGINX))
    throw new Error(
      `nginx is not installed (looked for ${NGINX}; NGINX_PATH moves it). The conformance suite ` +
        'runs the same probes against nginx as against the Node server. ' +
        'Debian: apt-get install nginx libnginx-mod-http-js',
    )
  if (!existsSync(NJS_MODULE_SO))
    throw new Error(
      `nginx's JavaScript module is not installed (looked for ${NJS_MODULE_SO}; NGINX_JS_MODULE ` +
        'moves it). The deploy config needs it. Debian: apt-get install libnginx-mod-http-js',
    )
}
