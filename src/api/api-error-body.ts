import { isRecord, readNumber, readText } from './leaves'

/**
 * HPC-AI's error body, `{"code": -1, "message": "..."}` (sometimes only a message), read leniently
 * from any answer: null when the answer is not an object; a code that is not a number is null, a
 * message that is not text is empty.
 */
export function readApiError(json: unknown): { code: number | null; message: string } | null {
  return isRecord(json) ? { code: readNumber(json.code), message: readText(json.message) } : null
}
