/**
 * The simulator's defaults, in one place: the CLI (`npm run sim`), the demo launcher, the e2e suite's
 * reset and its expected data (`e2e/sim-data.ts`) all read these.
 */
export const SIM_DEFAULTS = {
  /** Port of `npm run sim` and of the simulator `npm run demo` starts. */
  port: 8787,
  /** Instances in the default data set. */
  instances: 92,
  /** Seed of the default data set: the same seed gives the same instances. */
  seed: 1,
  /** Delay before every answer. */
  latencyMs: 0,
  /** Largest page served; 0 serves what the client asks. */
  pageCap: 0,
  /** How a request above the cap is answered: the cap, said in the pager. */
  pageCapMode: 'report',
  /** How long a stopped instance stays `Stopping` before it is `Stopped`. */
  stopMs: 4_000,
  /** HTTP status of an injected failure. */
  failStatus: 500,
} as const
