import { describe, expect, it } from 'vitest'
import { clearToken, loadToken, storeToken } from './token-storage'

class MemoryStorage implements Storage {
  private items = new Map<string, string>()
  get length() {
    return this.items.size
  }
  clear() {
    this.items.clear()
  }
  getItem(key: string) {
    return this.items.get(key) ?? null
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null
  }
  removeItem(key: string) {
    this.items.delete(key)
  }
  setItem(key: string, value: string) {
    this.items.set(key, value)
  }
}

const storages = () => ({ session: new MemoryStorage(), local: new MemoryStorage() })

describe('token storage', () => {
  it('keeps the token in sessionStorage only, by default', () => {
    const s = storages()
    storeToken('t1', false, s)
    expect(s.session.getItem('hpcai.accessToken')).toBe('t1')
    expect(s.local.length).toBe(0)
    expect(loadToken(s)).toEqual({ token: 't1', remembered: false })
  })

  it('keeps it in localStorage only when remembered, and moves it when the choice changes', () => {
    const s = storages()
    storeToken('t1', false, s)
    storeToken('t2', true, s)
    expect(s.session.length).toBe(0)
    expect(s.local.getItem('hpcai.accessToken')).toBe('t2')
    expect(loadToken(s)).toEqual({ token: 't2', remembered: true })
  })

  it('clears both storages and stores nothing else', () => {
    const s = storages()
    storeToken('t1', true, s)
    expect(s.local.length + s.session.length).toBe(1)
    clearToken(s)
    expect(s.local.length + s.session.length).toBe(0)
    expect(loadToken(s)).toBeNull()
  })

  it('works without storage (disabled by the browser): memory only', () => {
    const none = { session: null, local: null }
    storeToken('t1', true, none)
    expect(loadToken(none)).toBeNull()
  })
})
