import { describe, expect, it } from 'vitest'
import { naturalKey } from './natural-key'

describe('naturalKey', () => {
  it('orders numbers by value and ignores case, with a plain comparison', () => {
    const names = ['node-10', 'Node-9', 'node-100', 'alpha', 'node-9b']
    const sorted = [...names].sort((a, b) => (naturalKey(a) < naturalKey(b) ? -1 : 1))
    expect(sorted).toEqual(['alpha', 'Node-9', 'node-9b', 'node-10', 'node-100'])
  })
})
