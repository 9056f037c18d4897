// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { formatNumber } from '../lib/format'
import { BarChart } from './bar-chart'

describe('a bar chart', () => {
  it('is a figure named by its caption, an image with its values, and a table of the same numbers', () => {
    render(
      <BarChart
        title="Spend by GPU type"
        groupLabel="GPU type"
        groups={[
          { key: 'H100', label: 'H100', hourly: 30, count: 3 },
          { key: 'cpu', label: 'CPU only', hourly: 10, count: 2 },
        ]}
      />,
    )
    const figure = screen.getByRole('figure', { name: 'Spend by GPU type' })
    expect(within(figure).getByRole('img')).toHaveAccessibleName(
      'Spend by GPU type: H100 $30.00/h (75%), CPU only $10.00/h (25%)',
    )
    const row = within(figure).getByRole('row', { name: /CPU only/ })
    expect(row).toHaveTextContent('CPU only2$10.00/h25%')
  })

  it('writes counts as the summary does ("5,632", not "5632")', () => {
    render(
      <BarChart
        title="Spend by region"
        groupLabel="Region"
        groups={[{ key: 'r', label: 'asia-sg-1', hourly: 12_000, count: 5632 }]}
      />,
    )
    expect(screen.getByRole('row', { name: /asia-sg-1/ })).toHaveTextContent(
      `asia-sg-1${formatNumber(5632)}$12,000.00/h100%`,
    )
    expect(formatNumber(5632)).toBe((5632).toLocaleString())
  })
})
