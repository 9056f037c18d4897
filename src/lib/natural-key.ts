/**
 * A key that sorts names naturally with a plain string comparison: case folded, and every run of
 * digits padded so that "node-9" comes before "node-10".
 */
export function naturalKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, (digits) => digits.padStart(16, '0'))
}
