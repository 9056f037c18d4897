/** Reading a V8 CPU profile for bench/profile.ts: time by function inside the timed windows. */
export interface CpuProfile {
  nodes: {
    id: number
    parent?: number
    children?: number[]
    callFrame: { functionName: string; url: string }
  }[]
  startTime: number
  samples?: number[]
  timeDeltas?: number[]
}

const fileOf = (url: string) =>
  url
    .split('/')
    .pop()
    ?.replace(/-[\w-]{8}\.js$/, '') ?? ''

/**
 * The sampled time (ms) inside `windows` ([start, end] on the page's clock, ms; `offsetUs` places
 * them on the profile's clock) by function: self (the function's own code) and total (the function
 * and everything it called; a recursive function counts once per sample).
 */
export function cpuByFunction(profile: CpuProfile, windows: [number, number][], offsetUs: number) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const parentOf = new Map<number, number>()
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parentOf.set(child, node.id)
  const nameOf = (id: number) => {
    const frame = byId.get(id)?.callFrame
    return frame ? `${frame.functionName || '(anonymous)'} ${fileOf(frame.url)}` : '?'
  }
  const inWindow = (us: number) =>
    windows.some(([start, end]) => us >= start * 1000 + offsetUs && us <= end * 1000 + offsetUs)
  const self = new Map<string, number>()
  const total = new Map<string, number>()
  let sampledMs = 0
  const deltas = profile.timeDeltas ?? []
  let at = profile.startTime
  ;(profile.samples ?? []).forEach((id, index) => {
    const ms = (deltas[index] ?? 0) / 1000
    at += deltas[index] ?? 0
    if (!inWindow(at)) return
    sampledMs += ms
    const name = nameOf(id)
    self.set(name, (self.get(name) ?? 0) + ms)
    const seen = new Set<string>()
    for (let node: number | undefined = id; node !== undefined; node = parentOf.get(node)) {
      const caller = nameOf(node)
      if (seen.has(caller)) continue
      seen.add(caller)
      total.set(caller, (total.get(caller) ?? 0) + ms)
    }
  })
  return { self, total, sampledMs }
}
