/** Saves text as a file, built in the browser: no request leaves it. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  // The download has started from the URL by the time this runs.
  setTimeout(() => URL.revokeObjectURL(url), 30_000)
}
