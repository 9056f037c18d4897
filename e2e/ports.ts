/** The e2e suite's own ports, apart from the demo's defaults so that both can run at once. */
export const APP_PORT = 4179
export const SIM_PORT = 8789
