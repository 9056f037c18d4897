import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'vite'
import type {} from 'vitest'
import type { TestProject } from 'vitest/node'
import { checkNginx } from './nginx-binary.ts'
import { makeTestCertificates, type TestCertificates } from './tls-certs.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    dist: string
    certificates: TestCertificates
  }
}

/** Once per run: nginx is there, the app is built (into its own folder), a throwaway CA exists. */
export default async function setup(project: TestProject) {
  checkNginx()
  const dist = mkdtempSync(join(tmpdir(), 'hpcai-dist-'))
  // As `npm run build` does it: Vitest's NODE_ENV=test would bundle React's development build.
  const nodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await build({ logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } })
  } finally {
    process.env.NODE_ENV = nodeEnv
  }
  project.provide('dist', dist)
  const certificates = makeTestCertificates()
  project.provide('certificates', certificates)
  return () => {
    for (const dir of [dist, certificates.dir]) rmSync(dir, { recursive: true, force: true })
  }
}
