/** The Jupyter link's shape unless the build says otherwise: the region's domain and the path. */
export const DEFAULT_JUPYTER_TEMPLATE = 'https://{domain}{subUrl}'

/** Build-time settings (see README, "Configuration"). */
export const jupyterTemplate: string =
  (import.meta.env.VITE_JUPYTER_URL_TEMPLATE as string | undefined) || DEFAULT_JUPYTER_TEMPLATE
