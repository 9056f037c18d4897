import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'
import { installPlatformStubs } from './testing/platform-stubs'

// Vitest runs without globals, so Testing Library cannot unmount between tests by itself.
afterEach(cleanup)

// jsdom has no ResizeObserver; what observes sizes sees none.
if (!('ResizeObserver' in globalThis))
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  }

if (typeof HTMLDialogElement !== 'undefined') installPlatformStubs()
