import { describe, expect, it } from 'vitest'
import {
  annotate,
  annotationsOverCap,
  cleanLabel,
  cleanNote,
  labelSuggestions,
  MAX_LABELS,
  pinnedIds,
  type Annotation,
} from './annotations'

describe('labels, notes and pins', () => {
  it('keeps a label as one word of visible text, at most 40 characters, once per instance', () => {
    expect(cleanLabel('  team zeta ')).toEqual({ ok: true, label: 'team-zeta' })
    expect(cleanLabel('<b>x</b>')).toEqual({ ok: true, label: '<b>x</b>' })
    expect(cleanLabel('evil\u202Egnp.exe\u200B')).toEqual({ ok: true, label: 'evilgnp.exe' })
    expect(cleanLabel('   ')).toEqual({ ok: false, problem: 'Type a label first.' })
    expect(cleanLabel('x'.repeat(41))).toMatchObject({ ok: false })
    expect(cleanLabel('Team-Zeta', ['team-zeta'])).toEqual({
      ok: false,
      problem: 'It already has the label Team-Zeta.',
    })
    const many = Array.from({ length: MAX_LABELS }, (_, n) => `l${n}`)
    expect(cleanLabel('one-more', many)).toMatchObject({ ok: false })
  })

  it('keeps line breaks in a note, drops other control characters, cuts at 2,000', () => {
    expect(cleanNote('a\nb\tc\u0007d\u202E ')).toBe('a\nb\tcd')
    expect(cleanNote('x'.repeat(2_500))).toHaveLength(2_000)
  })

  it('adds, removes and pins, deleting the record once nothing is left', () => {
    const labelled = annotate(undefined, { kind: 'add-label', label: 'team zeta' }, 5)
    expect(labelled).toEqual({ labels: ['team-zeta'], note: '', pinned: false, updatedAt: 5 })
    const pinned = annotate(labelled ?? undefined, { kind: 'pin', pinned: true }, 6)
    expect(pinned?.pinned).toBe(true)
    const unlabelled = annotate(
      pinned ?? undefined,
      { kind: 'remove-label', label: 'TEAM-ZETA' },
      7,
    )
    expect(unlabelled?.labels).toEqual([])
    expect(annotate(unlabelled ?? undefined, { kind: 'pin', pinned: false }, 8)).toBeNull()
  })

  it('suggests labels used elsewhere, most used first, not the ones the instance has', () => {
    const a = (labels: string[]): Annotation => ({ labels, note: '', pinned: false, updatedAt: 0 })
    const all = new Map([
      ['1', a(['gpu', 'team-zeta'])],
      ['2', a(['team-zeta'])],
      ['3', a(['Team-Zeta', 'eval'])],
    ])
    expect(labelSuggestions(all, ['gpu'])).toEqual(['team-zeta', 'eval'])
  })

  it('drops the least recently changed past the cap, and lists the pinned', () => {
    const at = (updatedAt: number, pinned = false): Annotation => ({
      labels: ['x'],
      note: '',
      pinned,
      updatedAt,
    })
    const all = new Map([
      ['new', at(30, true)],
      ['old', at(10)],
      ['mid', at(20)],
    ])
    expect(annotationsOverCap(all, 2)).toEqual(['old'])
    expect([...pinnedIds(all)]).toEqual(['new'])
  })
})
