import { existsSync } from 'node:fs'

/** Debian's Chromium where it exists (CI, these machines), CHROMIUM_PATH if set, else Playwright's own. */
export const chromiumPath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)

/** Flags that let Chromium run headless as root on a machine without network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]
