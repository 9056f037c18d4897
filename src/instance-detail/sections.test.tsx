// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { instanceFromExample } from '../testing/example-instance'
import { ConnectSection } from './connect-section'
import { DiskSection } from './disk-section'
import { HealthSection } from './health-section'
import { BillingSection } from './spec-sections'

const NOW = Date.UTC(2026, 10, 28)

describe('the drawer sections', () => {
  it('Connect shows the SSH command with a copy button and the Jupyter link in a new tab', () => {
    render(<ConnectSection instance={instanceFromExample()} />)
    expect(screen.getByText(/^ssh -p \d+ \S+@\S+$/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Copy SSH command' })).toBeInTheDocument()
    const jupyter = screen.getByRole('link', { name: 'Open Jupyter' })
    expect(jupyter).toHaveAttribute('href', expect.stringMatching(/^https:\/\//) as string)
    expect(jupyter).toHaveAttribute('target', '_blank')
    expect(jupyter).toHaveAttribute('rel', 'noopener noreferrer')
  })

  it('Connect explains why there is no SSH command or link for a stopped instance', () => {
    const stopped = instanceFromExample((item) => {
      item.instanceRuntimeInfo.status = 'Stopped'
    })
    render(<ConnectSection instance={stopped} />)
    expect(screen.getByText(/SSH works only while the instance is Running/)).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'Open Jupyter' })).toBeNull()
  })

  it('Connect lists other ports as address:nodePort -> port, each copyable, and never a bad address', () => {
    const ports = instanceFromExample((item) => {
      item.instanceSpecInfo.nodePorts.push(
        { port: 8888, address: '10.1.2.3', nodePort: 31_888 },
        { port: 6006, address: '10.1.2.3\n  ProxyCommand sh', nodePort: 31_006 },
      )
    })
    render(<ConnectSection instance={ports} />)
    expect(screen.getByText('10.1.2.3:31888 -> 8888')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Copy address of port 8888' })).toBeInTheDocument()
    expect(screen.getByText('Port 6006: HPC-AI sent no usable address for it.')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Copy address of port 6006' })).toBeNull()
  })

  it('Disks are meters with their fill, and say when a disk is over capacity', () => {
    const full = instanceFromExample((item) => {
      item.instanceRuntimeInfo.instanceDiskUsageInfo = { rootDiskUsedGi: 104, dataDiskUsedGi: 10 }
      item.instanceRuntimeInfo.instanceDiskAmountInfo = {
        rootDiskAmountGi: 100,
        dataDiskAmountGi: 40,
      }
    })
    render(<DiskSection instance={full} />)
    const root = screen.getByRole('meter', { name: 'Root disk' })
    expect(root).toHaveAttribute('aria-valuenow', '100')
    expect(root).toHaveAttribute(
      'aria-valuetext',
      expect.stringContaining('over capacity') as string,
    )
    expect(screen.getByRole('meter', { name: 'Data disk' })).toHaveAttribute('aria-valuenow', '25')
  })

  it('Health leads with the diagnosis of a failed instance', () => {
    const failed = instanceFromExample((item) => {
      item.instanceRuntimeInfo.status = 'InitializationFailed'
      item.instanceRuntimeInfo.healthy = false
      item.instanceRuntimeInfo.diagnosisReason = 'BackOff'
      item.instanceRuntimeInfo.diagnosisMessage = 'Back-off pulling image'
    })
    render(<HealthSection instance={failed} now={NOW} />)
    const note = screen.getByRole('note')
    expect(within(note).getByText('BackOff')).toBeInTheDocument()
    expect(within(note).getByText('Back-off pulling image')).toBeInTheDocument()
  })
})

describe('the Billing section', () => {
  it('names every billing field in words and says where a figure is an estimate', () => {
    const monthly = instanceFromExample((item) => {
      item.instanceSpecInfo.instanceBillingInfo = {
        chargeMode: 'perMonth',
        duration: 2,
        price: 4003.2,
        unit: '$',
        type: 'Reserved',
      }
    })
    render(<BillingSection instance={monthly} now={NOW} />)
    const value = (label: string) => screen.getByText(label).nextElementSibling?.textContent
    expect(value('Charge')).toBe('$4,003.20 / month')
    expect(value('Per hour')).toMatch(/^≈ \$5\.56\/h/)
    expect(value('Charge mode')).toBe('Per month')
    expect(value('Billed duration')).toBe('2 months')
    expect(value('Billing kind')).toBe('Reserved')
    expect(value('Currency')).toBe('US dollars ($)')
    expect(value('Term total')).toBe('$8,006.40 for 2 months (charge × billed duration)')
  })

  it('gives an hourly instance its running total since creation, labelled an estimate', () => {
    const hourly = instanceFromExample((item) => {
      item.instanceRuntimeInfo.createAtUnixMs = NOW - 10 * 3_600_000
      item.instanceSpecInfo.instanceBillingInfo.price = 2
    })
    render(<BillingSection instance={hourly} now={NOW} />)
    expect(screen.getByText('Spent since created').nextElementSibling?.textContent).toMatch(
      /^≈ \$20\.00 since .* \(estimate: /,
    )
  })
})
