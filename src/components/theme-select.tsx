import { useId, useState } from 'react'
import { applyTheme, storedTheme, THEMES, type Theme } from '../lib/theme'

const LABELS: Record<Theme, string> = { system: 'System', light: 'Light', dark: 'Dark' }

/** Light, Dark, or whatever the system prefers; remembered on this device. */
export function ThemeSelect() {
  const [theme, setTheme] = useState(storedTheme)
  const id = useId()
  return (
    <span className="inline-flex items-center gap-1.5 text-sm text-fg-muted">
      <label htmlFor={id}>Theme</label>
      <select
        id={id}
        value={theme}
        onChange={(event) => {
          const next = event.target.value as Theme
          applyTheme(next)
          setTheme(next)
        }}
        className="h-8 rounded-md border border-field-line bg-surface px-1 text-sm text-fg"
      >
        {THEMES.map((choice) => (
          <option key={choice} value={choice}>
            {LABELS[choice]}
          </option>
        ))}
      </select>
    </span>
  )
}
