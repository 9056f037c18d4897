import { DEFAULT_JUPYTER_TEMPLATE } from './jupyter'

/** Build-time settings (see README, "Configuration"). */
export const jupyterTemplate: string =
  (import.meta.env.VITE_JUPYTER_URL_TEMPLATE as string | undefined) || DEFAULT_JUPYTER_TEMPLATE
