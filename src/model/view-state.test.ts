import { describe, expect, it } from 'vitest'
import { DEFAULT_PINNED, DEFAULT_SHOWN } from './column-layout'
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
      layout: {
        shown: ['name', 'price', 'status', 'cpu'],
        widths: { name: 260, price: 180 },
        pinned: ['name', 'price'],
      },
      density: 'compact',
      instance: 'notebook-1234',
    }
    const search = serializeViewState(view)
    expect(search).toBe(
      '?q=llama+70b&status=Running&status=StartingFailed&region=asia-sg-1&gpu=H100-80GB-SXM&gpu=cpu&health=unhealthy&billing=spot&attention=yes&label=team-zeta&sort=-price&cols=name.price.status.cpu&w=name260.price180&pin=name.price&density=compact&instance=notebook-1234',
    )
    expect(parseViewState(search)).toEqual(view)
  })

  it('ignores junk instead of failing: unknown sort, columns and enum values, blanks, duplicates', () => {
    const view = parseViewState(
      '?sort=-nonsense&cols=price.bogus.price.gpu&w=name9999.gpu20.disk99999.bogus300.cpu&pin=bogus&health=maybe&health=healthy&billing=free&status=&status=Running&status=Running&instance=%20',
    )
    expect(view).toEqual({
      ...DEFAULT_VIEW,
      sort: DEFAULT_VIEW.sort,
      layout: { shown: ['name', 'price', 'gpu'], widths: { name: 1000, gpu: 40 }, pinned: [] },
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

  it("opens an old link's hidden columns as the columns it showed then, in that order", () => {
    expect(parseViewState('?hide=cpu&hide=name&hide=stops').layout.shown).toEqual([
      'name',
      'status',
      'gpu',
      'memory',
      'region',
      'price',
      'disk',
      'created',
      'since',
    ])
  })

  it('leaves the default columns and pinning out of the URL', () => {
    const layout = { shown: [...DEFAULT_SHOWN], widths: {}, pinned: [...DEFAULT_PINNED] }
    expect(serializeViewState({ ...DEFAULT_VIEW, layout })).toBe('')
    expect(serializeViewState({ ...DEFAULT_VIEW, layout: { ...layout, pinned: [] } })).toBe('?pin=')
    expect(parseViewState('?pin=').layout.pinned).toEqual([])
  })

  it('reads an ascending sort without a sign', () => {
    expect(parseViewState('?sort=created').sort).toEqual({ id: 'created', desc: false })
  })
})
