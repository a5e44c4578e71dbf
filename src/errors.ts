/**
 * An error in what the user gave us (a scenario file, a settings key, a command-line option).
 * The CLI prints `message` as is, without a stack trace, and exits with code 2.
 * The message always names where the problem is and what was expected.
 */
export interface InputErrorDetails {
  /** File path as the user would recognise it (relative to the scenario folder, or as given). */
  readonly file?: string;
  /** 1-based line in that file. */
  readonly line?: number;
  /** Column, field or settings path (e.g. `distance`, `move_rules.max_move_speed`). */
  readonly field?: string;
  /** What was expected instead, in plain words. */
  readonly expected?: string;
}

export class InputError extends Error {
  readonly details: InputErrorDetails;

  constructor(problem: string, details: InputErrorDetails = {}) {
    super(formatInputError(problem, details));
    this.name = 'InputError';
    this.details = details;
  }
}

function formatInputError(problem: string, d: InputErrorDetails): string {
  const where = d.file === undefined ? '' : d.line === undefined ? `${d.file}: ` : `${d.file}:${d.line}: `;
  const field = d.field === undefined ? '' : `${d.field}: `;
  const expected = d.expected === undefined ? '' : ` (expected ${d.expected})`;
  return `${where}${field}${problem}${expected}`;
}

export function isInputError(e: unknown): e is InputError {
  return e instanceof InputError;
}

/**
 * Collects input errors so that one reading pass reports every problem it finds, not only the
 * first. Thrown as one InputError: the first problem gives `details`, the message lists them all.
 */

/** Shown in one message at most; the rest are counted. */
const MAX_LISTED = 25;

export class InputErrors extends InputError {
  readonly problems: readonly InputError[];

  constructor(problems: readonly InputError[]) {
    super('', problems[0]?.details ?? {});
    this.problems = problems;
    const listed = problems.slice(0, MAX_LISTED).map((p) => `  - ${p.message}`);
    const more = problems.length > MAX_LISTED ? [`  … and ${problems.length - MAX_LISTED} more`] : [];
    this.message = [`${problems.length} problems in the input:`, ...listed, ...more].join('\n');
  }
}

export class ProblemList {
  private readonly list: InputError[] = [];

  add(problem: string, details: InputErrorDetails): void {
    this.list.push(new InputError(problem, details));
  }

  addError(error: InputError): void {
    this.list.push(error);
  }

  get count(): number {
    return this.list.length;
  }

  /** Throws the single problem as is, or all of them as one InputErrors. */
  throwIfAny(): void {
    if (this.list.length === 1) throw this.list[0];
    if (this.list.length > 1) throw new InputErrors(this.list);
  }
}
