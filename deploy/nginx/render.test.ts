import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { API_PATHS, type ProxyErrorCode } from '../../proxy/contract.ts'
import { PROXY_MESSAGES } from '../../proxy/messages.ts'
import { NGINX, NJS_MODULE_SO } from '../conformance/nginx-binary.ts'
import { NJS_MODULE, parseRenderOptions, type RawOptions } from './options.ts'
import { renderNginxConfig } from './render-config.ts'

const EXAMPLE: RawOptions = {
  origin: 'https://hpc-ai.com',
  dist: '/srv/hpcai-dashboard/dist',
  port: '8080',
}

function cli(...args: string[]) {
  return spawnSync('npx', ['tsx', 'deploy/deploy-nginx.ts', ...args], { encoding: 'utf8' })
}

describe('parseRenderOptions', () => {
  it.each([
    [{ ...EXAMPLE, origin: undefined }, /--origin is required/],
    [{ ...EXAMPLE, origin: 'https://hpc-ai.com/api' }, /--origin must be an origin only/],
    [{ ...EXAMPLE, origin: 'hpc-ai.com' }, /--origin must be a URL/],
    [{ ...EXAMPLE, dist: 'dist' }, /--dist must be an absolute path/],
    [{ ...EXAMPLE, dist: '/srv/my dist' }, /--dist must not contain spaces/],
    [{ ...EXAMPLE, dist: '/srv/x;include /etc/passwd' }, /--dist must not contain/],
    [{ ...EXAMPLE, port: '80a' }, /--port must be a whole number from 1 to 65535/],
    [{ ...EXAMPLE, port: '70000' }, /--port must be a whole number/],
    [
      { ...EXAMPLE, 'ca-file': '/nonexistent/ca.pem' },
      /--ca-file \/nonexistent\/ca.pem cannot be read/,
    ],
    [{ ...EXAMPLE, 'ca-file': '/etc/hostname' }, /holds no PEM certificate/],
    [{ ...EXAMPLE, host: 'example.com' }, /--host must be an IP address/],
    [{ ...EXAMPLE, 'deadline-ms': '5s' }, /--deadline-ms must be a whole number/],
  ])('refuses %o with a readable message', (raw, message) => {
    expect(() => parseRenderOptions(raw)).toThrow(message)
  })

  it('defaults to the system CA bundle, a 25 s deadline and the njs module beside it', () => {
    expect(parseRenderOptions(EXAMPLE)).toMatchObject({
      caFile: '/etc/ssl/certs/ca-certificates.crt',
      deadlineMs: 25_000,
      njsModule: NJS_MODULE,
    })
  })
})

describe('the rendered config', () => {
  const config = renderNginxConfig(parseRenderOptions(EXAMPLE))

  it('verifies the upstream certificate and name, and sends SNI', () => {
    for (const line of [
      'proxy_pass https://hpc-ai.com/;',
      'proxy_ssl_verify on;',
      'proxy_ssl_trusted_certificate /etc/ssl/certs/ca-certificates.crt;',
      'proxy_ssl_server_name on;',
      'proxy_ssl_name hpc-ai.com;',
      'proxy_pass_request_headers off;',
      'server_tokens off;',
      'access_log off;',
      'listen 8080;',
      'root /srv/hpcai-dashboard/dist;',
    ])
      expect(config).toContain(line)
  })

  it('has one exact, case-sensitive location per allowlisted path', () => {
    for (const path of API_PATHS) expect(config).toContain(`location = ${path} {`)
    expect(config.match(/js_content/g)).toHaveLength(API_PATHS.length)
  })

  it('passes nginx -t with the JavaScript module loaded', () => {
    // localhost: nginx resolves the upstream host when it loads the config, and tests have no DNS.
    const local = renderNginxConfig(
      parseRenderOptions({ ...EXAMPLE, origin: 'https://localhost:8443' }),
    )
    const dir = mkdtempSync(join(tmpdir(), 'hpcai-render-'))
    mkdirSync(join(dir, 'logs'))
    writeFileSync(join(dir, 'hpcai.conf'), local)
    writeFileSync(
      join(dir, 'nginx.conf'),
      `load_module ${NJS_MODULE_SO};\npid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\n` +
        `events {}\nhttp {\n  client_body_temp_path ${dir}; proxy_temp_path ${dir};\n` +
        `  include ${dir}/hpcai.conf;\n}\n`,
    )
    const test = spawnSync(
      NGINX,
      ['-t', '-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')],
      {
        encoding: 'utf8',
      },
    )
    rmSync(dir, { recursive: true, force: true })
    expect(test.stderr).toContain('test is successful')
  })

  it("words the njs module's errors as the Node proxy does", () => {
    const njs = readFileSync(NJS_MODULE, 'utf8')
    const upstream: ProxyErrorCode[] = [
      'upstream_unreachable',
      'upstream_timeout',
      'upstream_not_json',
      'upstream_too_large',
    ]
    for (const code of upstream) expect(njs).toContain(`${code}: '${PROXY_MESSAGES[code]}'`)
  })
})

describe('npm run deploy:nginx', () => {
  it('prints the config, or writes it with --out', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'hpcai-out-')), 'hpcai.conf')
    const printed = cli('--origin', 'https://hpc-ai.com', '--dist', '/srv/d', '--port', '8080')
    expect(printed.status).toBe(0)
    expect(printed.stdout).toContain('proxy_ssl_verify on;')
    expect(printed.stderr).toContain('/srv/d/index.html does not exist yet')
    execFileSync(
      'npx',
      [
        'tsx',
        'deploy/deploy-nginx.ts',
        '--origin',
        'https://hpc-ai.com',
        '--dist',
        '/srv/d',
        '--port',
        '8080',
        '--out',
        out,
      ],
      { stdio: 'pipe' },
    )
    expect(readFileSync(out, 'utf8')).toBe(printed.stdout)
    rmSync(dirname(out), { recursive: true, force: true })
  })

  it('exits 2 with one readable line for a bad argument', () => {
    const bad = cli('--origin', 'https://hpc-ai.com', '--dist', '/srv/d', '--port', 'eighty')
    expect(bad.status).toBe(2)
    expect(bad.stderr.trim()).toBe(
      'deploy:nginx: --port must be a whole number from 1 to 65535, got "eighty"',
    )
  })
})
