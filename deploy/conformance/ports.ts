/**
 * The conformance suite's ports: CONFORMANCE_PORT_BASE (default 9100) and up, one range per test
 * file (the files run one after another), so that two checkouts can test side by side.
 */
const BASE = Number(process.env.CONFORMANCE_PORT_BASE ?? 9100)

export function portRange(): () => number {
  let next = BASE
  return () => {
    if (next >= BASE + 100) throw new Error('the conformance suite ran out of ports')
    return next++
  }
}
