import { buttonClass } from '../components/button-styles'

const LABELS = ['Export ▾', 'Save view', 'Views ▾']

/**
 * Holds the Export and saved-view buttons' place while their code loads (a few milliseconds after
 * the first paint), so that the toolbar does not shift; hidden from everyone until then.
 */
export function ExportToolsPlaceholder() {
  return (
    <span aria-hidden="true" className="invisible contents">
      {LABELS.map((label) => (
        <span key={label} className={buttonClass('secondary')}>
          {label}
        </span>
      ))}
    </span>
  )
}
