/** The header tools' labels (app/header-tools.tsx), held by placeholders while their code loads. */
export const HEADER_TOOL_LABELS = ['Activity', 'Changes ▾', 'Cost', '?', 'This device ▾']
