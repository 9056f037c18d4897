import { describe, expect, it } from 'vitest'
import { DEFAULT_VIEW, parseViewState, serializeViewState, type ViewState } from './view-state'

describe('view state in the URL', () => {
  it('leaves every default out, so the default view is a bare URL', () => {
    expect(serializeViewState(DEFAULT_VIEW)).toBe('')
    expect(parseViewState('')).toEqual(DEFAULT_VIEW)
  })

  it('round-trips a full view with readable keys', () => {
    const view: ViewState = {
      q: 'llama 70b',
      status: ['Running', 'StartingFailed'],
      region: ['asia-sg-1'],
      gpu: ['H100-80GB-SXM', 'cpu'],
      health: ['unhealthy'],
      billing: ['spot'],
      attention: ['yes'],
      label: ['team-zeta'],
      sort: { id: 'price', desc: true },
      hide: ['cpu', 'memory'],
      instance: 'notebook-1234',
    }
    const search = serializeViewState(view)
    expect(search).toBe(
      '?q=llama+70b&status=Running&status=StartingFailed&region=asia-sg-1&gpu=H100-80GB-SXM&gpu=cpu&health=unhealthy&billing=spot&attention=yes&label=team-zeta&sort=-price&hide=cpu&hide=memory&instance=notebook-1234',
    )
    expect(parseViewState(search)).toEqual(view)
  })

  it('ignores junk instead of failing: unknown sort, columns and enum values, blanks, duplicates', () => {
    const view = parseViewState(
      '?sort=-nonsense&hide=name&hide=bogus&hide=gpu&health=maybe&health=healthy&billing=free&status=&status=Running&status=Running&instance=%20',
    )
    expect(view).toEqual({
      ...DEFAULT_VIEW,
      sort: DEFAULT_VIEW.sort,
      hide: ['gpu'],
      health: ['healthy'],
      status: ['Running'],
    })
  })

  it('keeps unknown statuses: the API has statuses the spec does not list', () => {
    expect(parseViewState('?status=Hibernating').status).toEqual(['Hibernating'])
  })

  it('survives malformed percent-encoding and absurd lengths', () => {
    expect(() => parseViewState('?q=%E0%A4%A&status=%')).not.toThrow()
    const long = parseViewState(`?q=${'x'.repeat(5000)}&region=${'y'.repeat(5000)}`)
    expect(long.q).toHaveLength(200)
    expect(long.region).toEqual([])
  })

  it('reads an ascending sort without a sign', () => {
    expect(parseViewState('?sort=created').sort).toEqual({ id: 'created', desc: false })
  })
})
