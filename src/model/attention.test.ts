import { describe, expect, it } from 'vitest'
import { jupyterUrlOf } from '../lib/jupyter'
import { instanceFromExample } from '../testing/example-instance'
import {
  attentionFlags,
  attentionOf,
  CONSOLE_ACTION,
  STOP_ACTION,
  STUCK_AFTER_MS,
} from './attention'
import { explainFlags } from './attention-explain'
import { NO_OBSERVATIONS, type Observation } from './observations'

const NOW = Date.UTC(2026, 10, 28, 12)
const MINUTE = 60_000
const kinds = (...args: Parameters<typeof attentionFlags>) =>
  attentionFlags(...args).map((flag) => flag.kind)
/** The flags with their words, as the drawer shows them. */
const explained = (...[instance, observation, now]: Parameters<typeof attentionFlags>) =>
  explainFlags(attentionFlags(instance, observation, now), instance, observation, now)

describe('needs-attention rules', () => {
  it('flag nothing on a healthy running instance with room and an SSH port', () => {
    expect(explained(instanceFromExample(), undefined, NOW)).toEqual([])
  })

  it('flag any *Failed status with its diagnosis and, for an image that will not pull, what to check', () => {
    const failed = instanceFromExample((item) => {
      item.instanceRuntimeInfo.status = 'InitializationFailed'
      item.instanceRuntimeInfo.diagnosisReason = 'BackOff'
      item.instanceRuntimeInfo.diagnosisMessage = 'Back-off pulling image "x"'
    })
    const [flag] = explained(failed, undefined, NOW)
    expect(flag).toMatchObject({ kind: 'failed', label: 'Failed', short: 'Image will not pull' })
    expect(flag?.reason).toBe('InitializationFailed: BackOff: Back-off pulling image "x".')
    expect(flag?.nextStep).toMatch(/^Check the image name and tag/)
    expect(flag?.actions.map((action) => action.kind)).toEqual(['stop', 'link'])
    const odd = instanceFromExample((item) => {
      item.instanceRuntimeInfo.status = 'MountFailed'
    })
    expect(kinds(odd, undefined, NOW)).toEqual(['failed'])
    expect(explained(odd, undefined, NOW)[0]?.short).toBe('MountFailed')
  })

  it('flag a Running instance whose health check fails at once, with the diagnosis', () => {
    const sick = instanceFromExample((item) => {
      item.instanceRuntimeInfo.healthy = false
      item.instanceRuntimeInfo.diagnosisReason = 'Unschedulable'
      item.instanceRuntimeInfo.diagnosisMessage = '0/12 nodes are available'
    })
    const [flag, ...rest] = explained(sick, undefined, NOW)
    expect(rest).toEqual([])
    expect(flag).toMatchObject({
      kind: 'unhealthy',
      label: 'Unhealthy',
      short: 'Health check failing: Unschedulable',
      reason:
        'It is Running, but HPC-AI’s health check fails: Unschedulable: 0/12 nodes are available.',
    })
    expect(flag?.actions).toEqual([STOP_ACTION, CONSOLE_ACTION])
    const silent = instanceFromExample((item) => {
      item.instanceRuntimeInfo.healthy = false
    })
    expect(explained(silent, undefined, NOW)[0]?.short).toBe('Health check failing')
  })

  it.each([
    ['BackOff', 'Back-off pulling image "team/x:latest"', 'Image will not pull', 'Cannot start'],
    ['ImagePullBackOff', '', 'Image will not pull', 'Cannot start'],
    ['ErrImagePull', 'not found', 'Image will not pull', 'Cannot start'],
    ['Unschedulable', '0/12 nodes are available', 'No machine free', 'Cannot start'],
    ['CrashLoopBackOff', 'exited with code 1', 'Keeps crashing', 'Keeps restarting'],
    ['OOMKilled', '', 'Out of memory', 'Keeps restarting'],
    ['BackOff', 'Back-off restarting failed container', 'Keeps crashing', 'Keeps restarting'],
    ['SomethingNew', 'who knows', 'Diagnosis: SomethingNew', 'Cannot start'],
  ])(
    'flag an Initializing instance diagnosed %s at once, on the first load (%s)',
    (reason, message, short, label) => {
      const stuck = instanceFromExample((item) => {
        item.instanceRuntimeInfo.status = 'Initializing'
        item.instanceRuntimeInfo.diagnosisReason = reason
        item.instanceRuntimeInfo.diagnosisMessage = message
      })
      const flags = explained(stuck, undefined, NOW)
      expect(flags).toHaveLength(1)
      expect(flags[0]).toMatchObject({ kind: 'blocked', short, label })
      expect(flags[0]?.reason).toContain(`Initializing; HPC-AI’s diagnosis: ${reason}`)
      expect(flags[0]?.actions).toEqual([STOP_ACTION, CONSOLE_ACTION])
    },
  )

  it('flag a known diagnosis whatever the status says, an unknown one only off Running', () => {
    const running = (reason: string) =>
      instanceFromExample((item) => {
        item.instanceRuntimeInfo.diagnosisReason = reason
      })
    expect(kinds(running('CrashLoopBackOff'), undefined, NOW)).toEqual(['blocked'])
    expect(kinds(running('OOMKilled'), undefined, NOW)).toEqual(['blocked'])
    expect(kinds(running('SomethingNew'), undefined, NOW)).toEqual([])
    const stopped = instanceFromExample((item) => {
      item.instanceRuntimeInfo.status = 'Stopped'
      item.instanceRuntimeInfo.diagnosisReason = 'CrashLoopBackOff'
    })
    expect(kinds(stopped, undefined, NOW)).toEqual([])
    const stopping = instanceFromExample((item) => {
      item.instanceRuntimeInfo.status = 'Stopping'
      item.instanceRuntimeInfo.diagnosisReason = 'SomethingNew'
    })
    const [flag] = explained(stopping, undefined, NOW)
    expect(flag).toMatchObject({ kind: 'blocked', label: 'Not stopping' })
    // Stopping cannot be stopped again: the console only.
    expect(flag?.actions).toEqual([CONSOLE_ACTION])
  })

  it('flag an instance coming up whose health check fails, unless a diagnosis explains it', () => {
    const starting = (reason: string) =>
      instanceFromExample((item) => {
        item.instanceRuntimeInfo.status = 'Starting'
        item.instanceRuntimeInfo.healthy = false
        item.instanceRuntimeInfo.diagnosisReason = reason
      })
    expect(kinds(starting(''), undefined, NOW)).toEqual(['unhealthy'])
    expect(kinds(starting('ErrImagePull'), undefined, NOW)).toEqual(['blocked'])
  })

  it('do not wait for the stuck clock when the diagnosis already says what is wrong', () => {
    const pulling = instanceFromExample((item) => {
      item.instanceRuntimeInfo.status = 'Initializing'
      item.instanceRuntimeInfo.diagnosisReason = 'BackOff'
    })
    const seen = { status: 'Initializing', since: NOW - 30 * MINUTE, seenStart: false }
    expect(kinds(pulling, seen, NOW)).toEqual(['blocked'])
  })

  it('flag Starting, Initializing or Stopping as stuck only past the threshold, as observed', () => {
    const starting = instanceFromExample((item) => {
      item.instanceRuntimeInfo.status = 'Starting'
    })
    const seen = (since: number, seenStart: boolean): Observation => ({
      status: 'Starting',
      since,
      seenStart,
    })
    expect(kinds(starting, undefined, NOW)).toEqual([])
    expect(kinds(starting, seen(NOW - STUCK_AFTER_MS, false), NOW)).toEqual([])
    const [unseen] = explained(starting, seen(NOW - 12 * MINUTE, false), NOW)
    expect(unseen?.reason).toMatch(
      /^Starting for at least 12 min \(as the dashboard has seen it on this device\)/,
    )
    expect(unseen).toMatchObject({ short: 'Starting for ≥ 12 min', actions: [STOP_ACTION] })
    const [watched] = explained(starting, seen(NOW - 12 * MINUTE, true), NOW)
    expect(watched?.reason).toMatch(/^Starting for 12 min\./)
    expect(watched?.short).toBe('Starting for 12 min')
    const other = { status: 'Running', since: NOW - 60 * MINUTE, seenStart: false }
    expect(kinds(starting, other, NOW)).toEqual([])
  })

  it('flag a disk at or above 95% on a live instance, naming the disk to free', () => {
    const full = (used: number, status = 'Running') =>
      instanceFromExample((item) => {
        item.instanceRuntimeInfo.status = status
        item.instanceRuntimeInfo.instanceDiskUsageInfo.rootDiskUsedGi = used
        item.instanceRuntimeInfo.instanceDiskAmountInfo.rootDiskAmountGi = 100
      })
    expect(kinds(full(94.9), undefined, NOW)).toEqual([])
    const [flag] = explained(full(97), undefined, NOW)
    expect(flag).toMatchObject({
      kind: 'disk',
      label: 'Disk 97%',
      short: 'Root disk 97% full',
      nextStep: 'Free space on the root disk.',
    })
    // Jupyter is where the space can be freed from the browser.
    expect(flag?.actions).toEqual([
      { kind: 'link', label: 'Open Jupyter', href: jupyterUrlOf(full(97)) },
    ])
    expect(jupyterUrlOf(full(97))).toMatch(/^https:\/\//)
    expect(explained(full(104), undefined, NOW)[0]?.reason).toContain('over capacity')
    expect(kinds(full(99, 'Stopped'), undefined, NOW)).toEqual([])
  })

  it('flag a scheduled stop within the hour, or overdue, on a running instance', () => {
    const stopping = (inMs: number, status = 'Running') =>
      instanceFromExample((item) => {
        item.instanceRuntimeInfo.status = status
        item.instanceRuntimeInfo.scheduledStopTimestamp = NOW + inMs
      })
    expect(explained(stopping(40 * MINUTE), undefined, NOW)[0]?.label).toBe('Stops in 40 min')
    expect(kinds(stopping(60 * MINUTE), undefined, NOW)).toEqual(['stop-soon'])
    expect(kinds(stopping(61 * MINUTE), undefined, NOW)).toEqual([])
    expect(explained(stopping(-MINUTE), undefined, NOW)[0]?.label).toBe('Stop due')
    expect(kinds(stopping(10 * MINUTE, 'Stopped'), undefined, NOW)).toEqual([])
  })

  it('flag a running instance without an SSH port', () => {
    const closed = instanceFromExample((item) => {
      item.instanceSpecInfo.nodePorts = [{ port: 8888, address: '10.0.0.1', nodePort: 30_001 }]
    })
    expect(kinds(closed, undefined, NOW)).toEqual(['no-ssh'])
    expect(explained(closed, undefined, NOW)[0]?.actions.at(-1)).toEqual(CONSOLE_ACTION)
  })

  it('list several flags most severe first', () => {
    const both = instanceFromExample((item) => {
      item.instanceSpecInfo.nodePorts = []
      item.instanceRuntimeInfo.instanceDiskUsageInfo.rootDiskUsedGi = 99
      item.instanceRuntimeInfo.instanceDiskAmountInfo.rootDiskAmountGi = 100
    })
    expect(kinds(both, undefined, NOW)).toEqual(['disk', 'no-ssh'])
  })
})

describe('attentionOf', () => {
  const fleet = [
    instanceFromExample(),
    instanceFromExample((item) => {
      item.instanceMetadata.instanceId = 'notebook-failed'
      item.instanceRuntimeInfo.status = 'StartingFailed'
    }),
  ]

  it('maps only the instances that need attention', () => {
    const map = attentionOf(fleet, NO_OBSERVATIONS, NOW)
    expect([...map.keys()]).toEqual(['notebook-failed'])
  })

  it('keeps the same map and arrays when nothing reads differently', () => {
    const first = attentionOf(fleet, NO_OBSERVATIONS, NOW)
    expect(attentionOf(fleet, NO_OBSERVATIONS, NOW + MINUTE, first)).toBe(first)
    const shorter = attentionOf(fleet.slice(0, 1), NO_OBSERVATIONS, NOW, first)
    expect(shorter.size).toBe(0)
  })
})
