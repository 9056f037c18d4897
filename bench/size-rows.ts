import type { Report } from './report.ts'
import type { SizeReport } from './size.ts'

/** The bench's size rows: the initial JS and each lazy kind beside its budget, then the CSS. */
export function reportSize(report: Report, size: SizeReport): void {
  for (const kind of size.kinds) {
    const initial = kind.kind === 'initial'
    const files = `${kind.files.length} file${kind.files.length === 1 ? '' : 's'}`
    report.check(
      initial ? 'Initial JS (gzip)' : `Lazy JS: ${kind.kind} (gzip, on first use)`,
      [`${kind.kb.toFixed(1)} kB, ${files}`, ...kind.problems].join('; '),
      `${kind.budgetKb} kB${initial ? '' : ', not in first paint'}`,
      kind.pass,
    )
  }
  report.info('Initial CSS (gzip)', `${size.initialCssKb.toFixed(1)} kB`)
}
