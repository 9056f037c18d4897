/**
 * A small, strict RFC 4180 reader for tests (unit and e2e): records end in CRLF, a quoted field
 * doubles its quotes and may hold commas, CR and LF. Anything else (a bare quote, a lone LF
 * between records, text after a closing quote) throws, so a malformed export fails its test.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let index = 0
  const end = text.length
  while (index < end) {
    let field = ''
    if (text[index] === '"') {
      index += 1
      for (;;) {
        if (index >= end) throw new Error('CSV: unterminated quoted field')
        const char = text[index]
        if (char === '"' && text[index + 1] === '"') {
          field += '"'
          index += 2
        } else if (char === '"') {
          index += 1
          break
        } else {
          field += char ?? ''
          index += 1
        }
      }
    } else {
      while (index < end && !/[,\r\n"]/.test(text[index] ?? '')) field += text[index++] ?? ''
      if (text[index] === '"') throw new Error(`CSV: quote inside an unquoted field at ${index}`)
    }
    record.push(field)
    if (text[index] === ',') {
      index += 1
    } else if (text.startsWith('\r\n', index)) {
      records.push(record)
      record = []
      index += 2
    } else if (index < end) {
      throw new Error(`CSV: unexpected ${JSON.stringify(text[index])} at ${index}`)
    }
  }
  if (record.length) records.push(record)
  return records
}
