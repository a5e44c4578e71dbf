/** A refused dashboard request as JSON or an error page; anything unexpected as a 500 without internals. */
import type { Context } from 'hono';
import { RequestGone, isBadRequest } from './badRequest.js';
import { errorPage } from './errorPage.js';
import { isInputError } from '../errors.js';

export function failureResponse(c: Context, e: unknown, kind: 'api' | 'page'): Response {
  if (e instanceof RequestGone) return c.body(null, 204);
  let status: 400 | 404 | 500 = 500;
  let message = 'internal error while reading the store (this is a bug in corridor; the server log has details)';
  if (isBadRequest(e)) {
    status = e.status;
    message = e.message;
  } else if (isInputError(e)) {
    status = 400;
    message = e.message;
  } else {
    process.stderr.write(`dashboard: ${c.req.method} ${c.req.path}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  }
  return kind === 'api' ? c.json({ error: message }, status) : c.html(errorPage(status, message), status);
}
