// The popup's read-out: what this tab shows and how each field was read, or what went wrong.
import { jobIdInUrl } from '../../lib/engine/extract';
import type { SiteAdapter } from '../../lib/engine/sites/adapter';
import {
  diagnosticsFromAnalysis,
  diagnosticsFromError,
  UNREADABLE_POSTING,
} from '../../lib/extension/diagnostics';
import type { DiagnosticsReply } from '../../lib/extension/diagnostics-message';
import { lastExtensionError, recordError } from './error-boundary';
import type { PostingReading } from './posting-view';

/** The posting's role with the name the panel gives it (the lens holds no data of its own). */
const namedRoles = (analysis: PostingReading['analysis'], view: PostingReading['view']) =>
  analysis?.role && view?.role ? [{ id: analysis.role.id, name: view.role.name }] : [];

export function answerDiagnostics(
  { analysis, view, error }: PostingReading,
  adapter: SiteAdapter,
): DiagnosticsReply {
  const page = { site: adapter.id, url: location.href };
  try {
    // A job address whose posting nothing could read: say so rather than "no posting".
    const unreadable = !analysis && jobIdInUrl(location.href, adapter) ? UNREADABLE_POSTING : null;
    const reply =
      (error ?? unreadable)
        ? diagnosticsFromError(error ?? unreadable, page)
        : diagnosticsFromAnalysis(analysis, page, namedRoles(analysis, view));
    return { ...reply, extensionError: lastExtensionError() };
  } catch (failure) {
    recordError('popup-answer', failure);
    return diagnosticsFromError(failure, page);
  }
}
