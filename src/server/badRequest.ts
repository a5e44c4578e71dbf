/**
 * A request the dashboard server refuses: a malformed or unknown query parameter, or something
 * that does not exist. The message names the parameter and what was expected, like InputError.
 */
export class BadRequest extends Error {
  readonly status: 400 | 404;

  constructor(message: string, status: 400 | 404 = 400) {
    super(message);
    this.name = 'BadRequest';
    this.status = status;
  }
}

export function isBadRequest(e: unknown): e is BadRequest {
  return e instanceof BadRequest;
}

/** A request whose client went away before the store was read for it: nothing to answer. */
export class RequestGone extends Error {
  constructor() {
    super('the client closed the request before it was answered');
    this.name = 'RequestGone';
  }
}
