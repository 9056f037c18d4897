/**
 * HPC-AI's own console, for what this dashboard cannot do (create an instance, change its image,
 * its schedule or its ports). HPC-AI documents no deep link to one instance: this is the console.
 */
export const HPCAI_CONSOLE_URL = 'https://hpc-ai.com'
