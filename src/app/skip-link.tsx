/** The first Tab stop: straight to the instances, past the header, summary and filters. */
export function SkipLink({ onSkip }: { onSkip: () => void }) {
  return (
    <a
      href="#instances"
      onClick={(event) => {
        // Focus the table without writing a #fragment into the view's URL.
        event.preventDefault()
        onSkip()
      }}
      className="sr-only rounded-md bg-surface text-sm font-medium text-link focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:px-3 focus:py-2 focus:shadow-lg"
    >
      Skip to instances
    </a>
  )
}
