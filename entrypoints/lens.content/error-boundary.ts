// Every way the browser calls into the content script (observers, frames, events, messages, promises) goes
// through guard(): an error stops there, is kept for the popup's diagnostics, and never reaches the page's
// console as an uncaught error. The page keeps working whatever goes wrong in here.
import type { ErrorContext } from '../../lib/extension/error-contexts';

/** The last error any guarded callback threw on this page, as the popup shows it. */
let lastError: { where: ErrorContext; message: string } | null = null;

export function recordError(where: ErrorContext, error: unknown): void {
  lastError = { where, message: error instanceof Error ? error.message : String(error) };
  console.debug('[AI Leadership Lens]', where, error);
}

export function lastExtensionError(): { where: ErrorContext; message: string } | null {
  return lastError;
}

/** `fn`, but an error it throws (or a promise it returns rejects with) is recorded instead of escaping. */
export function guard<A extends unknown[]>(
  where: ErrorContext,
  fn: (...args: A) => unknown,
): (...args: A) => void {
  return (...args) => {
    try {
      const result = fn(...args);
      if (result instanceof Promise) result.catch((error: unknown) => recordError(where, error));
    } catch (error) {
      recordError(where, error);
    }
  };
}
