/**
 * The e2e suite's own ports, apart from the demo's defaults so that both can run at once;
 * E2E_APP_PORT and E2E_SIM_PORT move them (two checkouts testing side by side).
 */
const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback)

export const APP_PORT = port('E2E_APP_PORT', 4179)
export const SIM_PORT = port('E2E_SIM_PORT', 8789)
