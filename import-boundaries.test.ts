import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: process.cwd() })

/** Lints `code` as if it were the file at `filePath`, with the project's own ESLint config. */
async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? [])
    .filter((message) => message.ruleId?.startsWith('import-x/'))
    .map((message) => `${message.ruleId ?? ''}: ${message.message}`)
}

describe('npm run lint refuses imports across the layers', () => {
  // The first typed lint of each tsconfig builds its TypeScript program: seconds on a busy machine.
  beforeAll(async () => {
    await boundaryErrors('src/lib/format.ts', '')
    await boundaryErrors('proxy/origin.ts', '')
  }, 120_000)

  it.each([
    [
      'a feature importing another feature',
      'src/instances/table/instance-row.tsx',
      "export { useSession } from '../../session/session-context'",
      /Feature folders never import each other/,
    ],
    [
      'a feature importing the app shell',
      'src/instance-detail/raw-section.tsx',
      "export { Dashboard } from '../app/dashboard'",
      /Feature folders never import each other or the app shell/,
    ],
    [
      'the app importing the simulator',
      'src/api/client.ts',
      "export { mintToken } from '../../sim/jwt.ts'",
      /never imports the simulator/,
    ],
    [
      'the app importing the proxy beyond its contract',
      'src/api/client.ts',
      "export { createForwarder } from '../../proxy/forward.ts'",
      /only proxy\/contract\.ts/,
    ],
    [
      'the proxy importing the simulator',
      'proxy/origin.ts',
      "export { mintToken } from '../sim/jwt.ts'",
      /proxy never imports the simulator/,
    ],
    [
      'lib importing a layer above it',
      'src/lib/format.ts',
      "export type { Instance } from '../api/instance'",
      /src\/lib is the bottom layer/,
    ],
    [
      'production code importing a test helper',
      'src/model/sort.ts',
      "export { instancesOf } from '../testing/test-instances'",
      /for tests only/,
    ],
    [
      'the model importing a feature',
      'src/model/sort.ts',
      "export { InstanceRow } from '../instances/table/instance-row'",
      /src\/model is pure logic/,
    ],
    [
      'the model importing the column model above it',
      'src/model/sort.ts',
      "export { COLUMNS } from '../columns/instance-columns'",
      /src\/model is pure logic/,
    ],
    [
      'the column model importing a feature',
      'src/columns/instance-columns.ts',
      "export { InstanceRow } from '../instances/table/instance-row'",
      /src\/columns is the column model/,
    ],
    [
      'an import cycle',
      'src/lib/format.ts',
      "export { formatGpu } from './instance-format'",
      /import-x\/no-cycle/,
    ],
  ])(
    '%s',
    async (_case, filePath, code, expected) => {
      const errors = await boundaryErrors(filePath, code)
      expect(errors.join('\n')).toMatch(expected)
    },
    60_000,
  )

  it('lets a feature use the layers below it and a test use the simulator fixtures', async () => {
    expect(
      await boundaryErrors(
        'src/instances/table/instance-row.tsx',
        "export type { Instance } from '../../api/instance'\nexport { DASH } from '../../lib/format'\nexport { sortInstances } from '../../model/sort'\nexport { COLUMNS } from '../../columns/instance-columns'",
      ),
    ).toEqual([])
    expect(
      await boundaryErrors(
        'src/api/parse-page.test.ts',
        "export { default } from '../../sim/spec-example.json'",
      ),
    ).toEqual([])
  }, 60_000)
})
