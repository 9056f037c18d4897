/**
 * The export tools as they will look (app/export-tools.tsx), held by placeholders while their code
 * loads: the same words, and Copy link's icon (its words only from 1536 px).
 */
export const EXPORT_TOOL_LABELS = [
  'Export ▾',
  'Save view',
  <>
    <span className="size-4" />
    <span className="max-[96rem]:hidden">Copy link</span>
  </>,
  'Views ▾',
]
