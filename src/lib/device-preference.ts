/**
 * A preference kept on this device (localStorage, shared by its tabs): a layout, a density. Never a
 * secret or API data. Read through `parse`, so that a value from an older version or edited by hand
 * falls back to the default; storage that is off or full keeps the choice for this page only.
 */
export interface DevicePreference<T> {
  read: () => T
  write: (value: T | null) => void
}

export function devicePreference<T>(
  key: string,
  parse: (stored: unknown) => T,
): DevicePreference<T> {
  return {
    read: () => {
      try {
        const text = window.localStorage.getItem(key)
        return parse(text === null ? null : JSON.parse(text))
      } catch {
        return parse(null)
      }
    },
    write: (value) => {
      try {
        if (value === null) window.localStorage.removeItem(key)
        else window.localStorage.setItem(key, JSON.stringify(value))
      } catch {
        // storage off or full: the choice lasts for this page only
      }
    },
  }
}
