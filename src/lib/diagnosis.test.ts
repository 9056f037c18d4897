import { describe, expect, it } from 'vitest'
import { diagnosisBlocks, diagnosisKind } from './diagnosis'

describe('diagnosisKind', () => {
  it.each([
    ['BackOff', '', 'image'],
    ['BackOff', 'Back-off pulling image "x"', 'image'],
    ['BackOff', 'Back-off restarting failed container', 'crash'],
    ['ImagePullBackOff', '', 'image'],
    ['ErrImagePull', '', 'image'],
    ['Unschedulable', '', 'unschedulable'],
    ['CrashLoopBackOff', '', 'crash'],
    ['OOMKilled', '', 'oom'],
    ['SomethingNew', '', null],
    ['toString', '', null],
    ['', '', null],
  ] as const)('reads %s (%s) as %s', (reason, message, kind) => {
    expect(diagnosisKind(reason, message)).toBe(kind)
  })
})

describe('diagnosisBlocks', () => {
  it('blocks on a known reason unless stopped, on any reason off Running', () => {
    expect(diagnosisBlocks('CrashLoopBackOff', 'running')).toBe(true)
    expect(diagnosisBlocks('SomethingNew', 'running')).toBe(false)
    expect(diagnosisBlocks('SomethingNew', 'transitional')).toBe(true)
    expect(diagnosisBlocks('SomethingNew', 'unknown')).toBe(true)
    expect(diagnosisBlocks('BackOff', 'stopped')).toBe(false)
    expect(diagnosisBlocks('', 'transitional')).toBe(false)
  })
})
