// How Chromium, Firefox and Safari word a dynamic import whose file is gone (after a redeploy).
const CHUNK_ERROR =
  /Failed to fetch dynamically imported module|error loading dynamically imported module|Importing a module script failed/i

/** True when a lazy part of the app could not be loaded: a newer build has replaced this one. */
export function isChunkLoadError(error: unknown): boolean {
  return error instanceof Error && CHUNK_ERROR.test(error.message)
}
