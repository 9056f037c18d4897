/** The export tools' labels (app/export-tools.tsx), held by placeholders while their code loads. */
export const EXPORT_TOOL_LABELS = ['Export ▾', 'Save view', 'Views ▾']
