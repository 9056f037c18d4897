export interface DiskUsage {
  usedGi: number | null
  totalGi: number | null
  /** Used over total in percent, uncapped (over 100 when over capacity); null when total is not positive. */
  percent: number | null
}

export function diskUsage(usedGi: number | null, totalGi: number | null): DiskUsage {
  const ratio =
    usedGi !== null && totalGi !== null && totalGi > 0 && usedGi >= 0
      ? (usedGi / totalGi) * 100
      : null
  // A vanishingly small total would make the ratio Infinity: no percentage then either.
  const percent = ratio !== null && Number.isFinite(ratio) ? ratio : null
  return { usedGi, totalGi, percent }
}

export type DiskLevel = 'ok' | 'warn' | 'critical'

export function diskLevel(percent: number | null): DiskLevel {
  if (percent === null || percent < 80) return 'ok'
  return percent < 90 ? 'warn' : 'critical'
}

/** The fuller of two disks, for the table's single Disk column. */
export function fullestPercent(...disks: DiskUsage[]): number | null {
  const known = disks.map((disk) => disk.percent).filter((percent) => percent !== null)
  return known.length ? Math.max(...known) : null
}
