/** Reading a Chromium trace for bench/profile.ts: the renderer main thread's time, by kind. */
export interface TraceEvent {
  name: string
  ph: string
  ts: number
  dur?: number
  pid: number
  tid: number
  args?: { name?: string }
}

const KINDS: [kind: string, names: RegExp][] = [
  [
    'script',
    /^(FunctionCall|EventDispatch|TimerFire|FireAnimationFrame|RunMicrotasks|EvaluateScript|v8\.|V8\.|MinorGC|MajorGC|BlinkGC|GCEvent)/,
  ],
  ['style', /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet)$/],
  ['layout', /^(Layout|UpdateLayerTree|IntersectionObserverController.*)$/],
  ['paint', /^(PrePaint|Paint|PaintImage|Layerize|Commit|UpdateLayer|CompositeLayers)$/],
]

const kindOf = (name: string) => KINDS.find(([, names]) => names.test(name))?.[0] ?? 'other'

function syncMark(events: TraceEvent[]): TraceEvent {
  const mark = events.find((event) => event.name === 'bench-sync')
  if (!mark) throw new Error('bench: the trace has no bench-sync mark')
  return mark
}

/** µs to add to a time on the page's clock (ms) to place it on the trace's clock. */
export function traceOffsetUs(events: TraceEvent[], syncStartMs: number): number {
  return syncMark(events).ts - syncStartMs * 1000
}

/**
 * For each window ([start, end] in ms on the page's clock), the main thread's self time by kind
 * (script, style, layout, paint, other) within it. `sync` is a performance.mark named
 * 'bench-sync' made while tracing, whose startTime ties the page's clock to the trace's.
 */
export function mainThreadByKind(
  events: TraceEvent[],
  windows: [number, number][],
  syncStartMs: number,
): Record<string, number[]> {
  const mark = syncMark(events)
  const offsetUs = traceOffsetUs(events, syncStartMs)
  const main = events
    .filter((event) => event.pid === mark.pid && event.tid === mark.tid)
    .filter((event) => event.ph === 'X' && event.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))
  const result: Record<string, number[]> = {}
  for (const [kind] of [...KINDS, ['other']]) result[kind] = []
  for (const [startMs, endMs] of windows) {
    const from = startMs * 1000 + offsetUs
    const to = endMs * 1000 + offsetUs
    const totals: Record<string, number> = {}
    // Self time: an event's time inside the window less that of the events nested in it.
    const stack: { end: number; kind: string }[] = []
    let last = from
    const spend = (until: number) => {
      const top = stack.at(-1)
      if (top && until > last) totals[top.kind] = (totals[top.kind] ?? 0) + (until - last)
      last = Math.max(last, until)
    }
    for (const event of main) {
      const start = Math.max(event.ts, from)
      const end = Math.min(event.ts + (event.dur ?? 0), to)
      if (end <= start) continue
      while (stack.length && (stack.at(-1)?.end ?? 0) <= start) {
        spend(stack.at(-1)?.end ?? start)
        stack.pop()
      }
      spend(start)
      stack.push({ end, kind: kindOf(event.name) })
    }
    while (stack.length) {
      spend(stack.at(-1)?.end ?? to)
      stack.pop()
    }
    for (const [kind, values] of Object.entries(result)) values.push((totals[kind] ?? 0) / 1000)
  }
  return result
}
