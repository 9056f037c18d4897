import { ATTENTION_RULES } from '../../model/attention-rules'

/** The needs-attention rules in words (loaded when first asked for). */
export function AttentionRulesList() {
  return (
    <div className="p-2 text-sm">
      <p className="font-medium text-fg">An instance needs attention when it is:</p>
      <dl className="mt-1 space-y-1.5">
        {ATTENTION_RULES.map((rule) => (
          <div key={rule.kind}>
            <dt className="font-medium text-fg">{rule.title}</dt>
            <dd className="text-fg-muted">{rule.rule}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 text-xs text-fg-subtle">
        Each flag in a row says why in a few words; the drawer says why in full, the next step and
        where to take it (Stop now, the HPC-AI console).
      </p>
    </div>
  )
}
