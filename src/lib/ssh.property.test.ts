import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { SSH_REASONS, sshAccess } from './ssh'
import { sshAlias, sshConfigBlock, uniqueAliases } from './ssh-config'

const COMMAND = /^ssh -p \d+ [A-Za-z0-9._-]+@[A-Za-z0-9.:-]+$/
const BLOCK_LINES = [
  /^Host [a-z0-9]+(?:-[a-z0-9]+)*$/,
  /^ {2}HostName [A-Za-z0-9.:-]+$/,
  /^ {2}Port \d+$/,
  /^ {2}User [A-Za-z0-9._-]+$/,
]

const FIXED_REASONS = Object.values(SSH_REASONS).filter((reason) => typeof reason === 'string')

/** What an upstream may send: anything, the pieces of an attack, or something that looks right. */
const hostile = [
  '$(touch /tmp/x)',
  '`id`',
  '\n  ProxyCommand sh -c x',
  ' -oProxyCommand=x',
  '"',
  "'",
  ';',
  '\r',
  '\u0000',
  '%',
  '@',
  '[',
  ']',
  '*',
]
const text = (safe: fc.Arbitrary<string>) =>
  fc.oneof(
    fc.string({ unit: 'grapheme' }),
    fc.string({ unit: 'binary' }),
    { arbitrary: safe, weight: 4 },
    fc.tuple(safe, fc.constantFrom(...hostile), safe).map((parts) => parts.join('')),
  )
const alnum = fc.stringMatching(/^[A-Za-z0-9]{1,12}$/)
const users = text(fc.stringMatching(/^[A-Za-z0-9._-]{1,16}$/))
const hosts = text(
  fc.oneof(
    fc.array(alnum, { minLength: 1, maxLength: 4 }).map((labels) => labels.join('.')),
    fc.ipV4(),
    fc.ipV6(),
  ),
)
const ports = fc.oneof(
  { arbitrary: fc.integer({ min: 1, max: 65_535 }), weight: 4 },
  fc.integer(),
  fc.double(),
  fc.constantFrom(0, -1, 65_536, Number.NaN, Infinity),
)
const statuses = fc.oneof({ arbitrary: fc.constant('Running'), weight: 3 }, fc.string())
const names = fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), alnum)

describe('SSH strings from any upstream data', () => {
  it('are absent, or one safe command line and a four-line config block', () => {
    let ready = 0
    fc.assert(
      fc.property(
        users,
        hosts,
        hosts,
        ports,
        statuses,
        names,
        (user, address, fallback, nodePort, status, name) => {
          const access = sshAccess({
            status,
            username: user,
            nodePorts: [{ port: 22, address, nodePort }],
            fallbackAddress: fallback,
          })
          if (access.kind === 'unavailable') {
            // A fixed sentence: nothing upstream sent is echoed, apart from the status.
            expect([...FIXED_REASONS, SSH_REASONS.notRunning(status)]).toContain(access.reason)
            return
          }
          ready++
          expect(access.command).toMatch(COMMAND)
          expect(access.command).toBe(`ssh -p ${access.port} ${access.user}@${access.host}`)
          expect(access.port).toBeGreaterThanOrEqual(1)
          expect(access.port).toBeLessThanOrEqual(65_535)
          const lines = sshConfigBlock(access, name).split('\n')
          expect(lines).toHaveLength(4)
          lines.forEach((line, index) => expect(line).toMatch(BLOCK_LINES[index] ?? /^$/))
        },
      ),
      { numRuns: 2_000 },
    )
    // The generators reach the ready branch often enough for the assertions above to matter.
    expect(ready).toBeGreaterThan(100)
  })

  it('always give a command when every part is one SSH accepts and the instance is Running', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Za-z0-9._][A-Za-z0-9._-]{0,15}$/),
        fc.oneof(fc.ipV4(), fc.ipV6(), fc.domain()),
        fc.integer({ min: 1, max: 65_535 }),
        (username, address, nodePort) => {
          const access = sshAccess({
            status: 'Running',
            username,
            nodePorts: [{ port: 22, address, nodePort }],
            fallbackAddress: '',
          })
          expect(access).toMatchObject({
            kind: 'ready',
            command: `ssh -p ${nodePort} ${username}@${address}`,
          })
        },
      ),
      { numRuns: 500 },
    )
  })

  it('give aliases that are safe, idempotent and unique across any names', () => {
    fc.assert(
      fc.property(fc.array(names, { maxLength: 30 }), (list) => {
        const aliases = uniqueAliases(list)
        expect(new Set(aliases).size).toBe(list.length)
        for (const alias of aliases) expect(`Host ${alias}`).toMatch(BLOCK_LINES[0] ?? /^$/)
        for (const name of list) expect(sshAlias(sshAlias(name))).toBe(sshAlias(name))
        for (const alias of aliases) expect(sshAlias(alias)).toBe(alias)
      }),
      { numRuns: 500 },
    )
  })
})
