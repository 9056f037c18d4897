const KEY = 'hpcai.accessToken'

/** Where a token lives: sessionStorage by default (this tab, survives reload), localStorage on "remember". */
export function storeToken(token: string, remember: boolean, storages = defaultStorages()): void {
  clearToken(storages)
  ;(remember ? storages.local : storages.session)?.setItem(KEY, token)
}

export function loadToken(
  storages = defaultStorages(),
): { token: string; remembered: boolean } | null {
  const session = storages.session?.getItem(KEY)
  if (session) return { token: session, remembered: false }
  const local = storages.local?.getItem(KEY)
  return local ? { token: local, remembered: true } : null
}

export function clearToken(storages = defaultStorages()): void {
  storages.session?.removeItem(KEY)
  storages.local?.removeItem(KEY)
}

interface Storages {
  session: Storage | null
  local: Storage | null
}

function defaultStorages(): Storages {
  const get = (name: 'sessionStorage' | 'localStorage'): Storage | null => {
    try {
      return typeof window === 'undefined' ? null : window[name]
    } catch {
      return null // storage disabled: keep the token in memory only
    }
  }
  return { session: get('sessionStorage'), local: get('localStorage') }
}
