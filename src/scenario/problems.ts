/**
 * Collects input errors so that one reading pass reports every problem it finds, not only the
 * first. Thrown as one InputError: the first problem gives `details`, the message lists them all.
 */
import { InputError, type InputErrorDetails } from '../errors.js';

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
