/** What the user means to spend, per hour on the running fleet and per month (set in the Cost view). */
export interface Budget {
  hourly: number | null
  monthly: number | null
}

export const NO_BUDGET: Budget = { hourly: null, monthly: null }

export const MAX_BUDGET = 1_000_000_000

export type BudgetInput = { ok: true; value: number | null } | { ok: false; problem: string }

/** A typed amount: "" clears it; "$1,200.50" reads as 1200.5; anything else says what is wrong. */
export function parseBudget(text: string): BudgetInput {
  const clean = text.trim().replace(/^\$/, '').replace(/,/g, '').trim()
  if (!clean) return { ok: true, value: null }
  if (!/^\d+(\.\d*)?$|^\.\d+$/.test(clean))
    return { ok: false, problem: 'Type an amount in dollars, such as 250 or 99.50.' }
  const value = Number(clean)
  if (value <= 0)
    return { ok: false, problem: 'A budget is more than $0; leave it empty for none.' }
  if (value > MAX_BUDGET) return { ok: false, problem: 'That is more than any budget here can be.' }
  return { ok: true, value }
}

/** By how much `spend` exceeds `budget`, or null when it does not (or there is no budget). */
export function overBudgetBy(spend: number, budget: number | null): number | null {
  return budget !== null && spend > budget ? spend - budget : null
}
