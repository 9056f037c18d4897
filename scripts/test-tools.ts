/**
 * `npm test`'s first step (pretest): the programs the suites drive are there, or are installed.
 * Debian packages are installed with apt-get when missing and allowed (root, or HPCAI_INSTALL_TEST_TOOLS=1
 * through sudo); otherwise the run stops with the exact command to type. Nothing is downloaded
 * otherwise. A path set in the environment (CHROMIUM_PATH, NGINX_PATH, NGINX_JS_MODULE,
 * SOFFICE_PATH) counts as present.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

interface Tool {
  what: string
  /** Where the suites look for it, and the variable that moves it. */
  path: string
  env: string
  debianPackage: string
  /** Another place it may be (Playwright's own Chromium on a laptop). */
  elsewhere?: () => string
}

const TOOLS: Tool[] = [
  {
    what: 'Chromium (e2e)',
    path: '/usr/bin/chromium',
    env: 'CHROMIUM_PATH',
    debianPackage: 'chromium',
    elsewhere: () => chromium.executablePath(),
  },
  {
    what: 'nginx (deploy conformance)',
    path: '/usr/sbin/nginx',
    env: 'NGINX_PATH',
    debianPackage: 'nginx',
  },
  {
    what: "nginx's JavaScript module",
    path: '/usr/lib/nginx/modules/ngx_http_js_module.so',
    env: 'NGINX_JS_MODULE',
    debianPackage: 'libnginx-mod-http-js',
  },
  {
    what: 'LibreOffice Calc (CSV export e2e)',
    path: '/usr/bin/soffice',
    env: 'SOFFICE_PATH',
    debianPackage: 'libreoffice-calc-nogui',
  },
  {
    what: 'ssh (ssh -G checks)',
    path: '/usr/bin/ssh',
    env: 'SSH_PATH',
    debianPackage: 'openssh-client',
  },
]

const present = (tool: Tool) =>
  Boolean(process.env[tool.env]) ||
  existsSync(tool.path) ||
  (tool.elsewhere !== undefined && existsSync(tool.elsewhere()))
const missing = TOOLS.filter((tool) => !present(tool))
if (missing.length === 0) process.exit(0)

const packages = missing.map((tool) => tool.debianPackage)
const install = ['apt-get', 'install', '-y', ...packages]
const isRoot = process.getuid?.() === 0
const optedIn = process.env.HPCAI_INSTALL_TEST_TOOLS === '1'
const hasApt = existsSync('/usr/bin/apt-get')
const sudo = isRoot ? '' : 'sudo '

console.log(
  `test tools missing: ${missing.map((tool) => `${tool.what} (${tool.path})`).join(', ')}`,
)
if (!hasApt || !(isRoot || optedIn)) {
  console.error(
    hasApt
      ? `Install them with:\n  ${sudo}apt-get update && ${sudo}${install.join(' ')}\n` +
          'or let npm test do it: HPCAI_INSTALL_TEST_TOOLS=1 npm test (uses sudo when not root).'
      : `Install ${packages.join(', ')} (Debian package names), or point ${missing.map((tool) => tool.env).join(', ')} at them.`,
  )
  process.exit(1)
}

const run = (command: string[]) => {
  const [program = '', ...args] = isRoot ? command : ['sudo', ...command]
  console.log(`> ${[program, ...args].join(' ')}`)
  execFileSync(program, args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
}
const started = Date.now()
run(['apt-get', 'update', '-qq'])
run([...install, '-qq'])
console.log(`installed ${packages.join(', ')} in ${Math.round((Date.now() - started) / 1000)} s`)
