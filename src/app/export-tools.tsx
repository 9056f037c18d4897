import { ExportMenu } from '../export/export-menu'
import { SavedViewsControls } from '../saved-views/saved-views-controls'

type Props = Parameters<typeof ExportMenu>[0]

/** The toolbar's Export menu and saved views, as one part the app loads after the first paint. */
export function ExportTools(props: Props) {
  return (
    <>
      <ExportMenu {...props} />
      <SavedViewsControls />
    </>
  )
}
