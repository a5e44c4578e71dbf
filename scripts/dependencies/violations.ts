/** The rule violations of a cruise, as lines a person can act on. */
import type { ICruiseResult, IViolation } from 'dependency-cruiser';

/** `rule: from → to`, or the whole loop for a cycle; sorted, one line each. */
export function violationLines(result: ICruiseResult): string[] {
  return result.summary.violations.map(violationLine).sort();
}

function violationLine(v: IViolation): string {
  if (v.cycle !== undefined && v.cycle.length > 0) {
    return `${v.rule.name}: ${[v.from, ...v.cycle.map((step) => step.name)].join(' → ')}`;
  }
  return `${v.rule.name}: ${v.from} → ${packageName(v.to)}`;
}

/** `commander` for `node_modules/commander/typings/index.d.ts`; other paths as they are. */
function packageName(path: string): string {
  const m = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path);
  return m === null ? path : m[1];
}

/** Each violated rule's name and explanation, once, in name order. */
export function violatedRuleExplanations(result: ICruiseResult): string[] {
  const rules = result.summary.ruleSetUsed?.forbidden ?? [];
  const violated = new Set(result.summary.violations.map((v) => v.rule.name));
  return rules
    .filter((rule) => rule.name !== undefined && violated.has(rule.name))
    .map((rule) => `${rule.name}: ${rule.comment ?? ''}`)
    .sort();
}
