import { describe, expect, it } from 'vitest'
import { EMPTY_FILTERS } from './view-state'
import { dateStamp, exportFileName, filterSlug, slug } from './export-file-name'

const day = new Date(2026, 10, 28, 23, 59)

describe('export file names', () => {
  it('say what, when (the local date) and which view', () => {
    const filters = { ...EMPTY_FILTERS, status: ['Running'], gpu: ['H100'] }
    expect(exportFileName('instances', 'csv', filters, day)).toBe(
      'hpcai-instances-2026-11-28-running-h100.csv',
    )
    expect(exportFileName('instances', 'json', EMPTY_FILTERS, day)).toBe(
      'hpcai-instances-2026-11-28.json',
    )
    expect(exportFileName('saved-views', 'json', null, day)).toBe(
      'hpcai-saved-views-2026-11-28.json',
    )
    expect(dateStamp(new Date(2026, 0, 5))).toBe('2026-01-05')
  })

  it('make filters safe and short: [a-z0-9-], at most 40 characters, "more" when cut', () => {
    expect(slug('H100-80GB-SXM')).toBe('h100-80gb-sxm')
    expect(slug('../../etc/passwd')).toBe('etc-passwd')
    expect(slug('训练')).toBe('')
    const filters = {
      ...EMPTY_FILTERS,
      q: '  llama  ',
      status: ['Running', 'Stopped', 'StartingFailed'],
      gpu: ['H100-80GB-SXM', 'cpu'],
      billing: ['spot' as const],
    }
    const result = filterSlug(filters)
    expect(result).toBe('llama-running-stopped-startingfailed-more')
    expect(result).toMatch(/^[a-z0-9-]+$/)
    expect(filterSlug({ ...EMPTY_FILTERS, q: 'x'.repeat(100) })).toBe('x'.repeat(40))
    expect(filterSlug({ ...EMPTY_FILTERS, q: '训练', status: ['Running', 'running'] })).toBe(
      'running',
    )
    expect(filterSlug({ ...EMPTY_FILTERS, q: '<script>' })).toBe('script')
  })
})
