export function TokenHelp() {
  return (
    <details className="rounded-md border border-line p-3 text-sm text-fg-muted">
      <summary className="cursor-pointer font-medium text-fg">Where do I find my token?</summary>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        <li>
          In the HPC-AI web console, use <strong>copy Auth Token</strong> and paste it here.
        </li>
        <li>
          Or, signed in at hpc-ai.com, open the browser&apos;s DevTools, then Application (Storage)
          &gt; Cookies, and copy the value of the <code className="font-mono">AccessToken</code>{' '}
          cookie. A whole <code className="font-mono">Cookie:</code> line works too.
        </li>
        <li>A token lasts one day. After that, sign in to HPC-AI again and copy the new one.</li>
      </ul>
    </details>
  )
}
