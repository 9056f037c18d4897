import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

// Vitest runs without globals, so Testing Library cannot unmount between tests by itself.
afterEach(cleanup)

// jsdom has no ResizeObserver; what observes sizes (a popover keeping itself on screen) sees none.
if (!('ResizeObserver' in globalThis))
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
