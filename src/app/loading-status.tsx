/** Before the first page arrives (from then on its rows show and the count line says how many). */
export function LoadingStatus() {
  return (
    <p role="status" className="px-4 py-1 text-sm text-fg-muted">
      Loading instances…
    </p>
  )
}
