import { ATTENTION_RULES } from '../../model/attention-rules'

/** The needs-attention rules in words (loaded when first asked for). */
export function AttentionRulesList() {
  return (
    <div className="max-w-sm p-2 text-sm">
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
        Each flag in a row or the drawer says why and, where one is known, what to do next.
      </p>
    </div>
  )
}
