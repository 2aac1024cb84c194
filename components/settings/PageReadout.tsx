import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DIAGNOSTICS_REQUEST, DiagnosticsReply } from '../../lib/extension/diagnostics-message';
import { basisLabel, confidenceWord, levelLabel, percent, verdictText } from '../panel/format';

type Readout = { state: 'loading' } | { state: 'no-answer' } | { state: 'reply'; reply: DiagnosticsReply };

const FIELD_LABELS: Record<string, string> = {
  title: 'Title',
  company: 'Company',
  location: 'Location',
  workplace: 'Workplace',
  payText: 'Pay',
  description: 'Description',
};

/** Asks the tab's content script what it read. No answer (script not injected yet, page still loading) is a state too. */
function useDiagnostics(tabId: number): Readout {
  const [readout, setReadout] = useState<Readout>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    setReadout({ state: 'loading' });
    // Inside a promise chain: a synchronous throw counts as no answer too.
    Promise.resolve()
      .then(() => browser.tabs.sendMessage(tabId, DIAGNOSTICS_REQUEST))
      .then((raw: unknown) => DiagnosticsReply.safeParse(raw))
      .then(
        (parsed) =>
          live &&
          setReadout(parsed.success ? { state: 'reply', reply: parsed.data } : { state: 'no-answer' }),
        () => live && setReadout({ state: 'no-answer' }),
      );
    return () => {
      live = false;
    };
  }, [tabId]);
  return readout;
}

function CopyDiagnostics({ reply }: { reply: DiagnosticsReply }) {
  const [status, setStatus] = useState('');
  const copy = () =>
    navigator.clipboard.writeText(JSON.stringify(reply, null, 2)).then(
      () => setStatus('Copied'),
      () => setStatus("Couldn't copy"),
    );
  return (
    <div class="actions">
      <button type="button" class="button" onClick={copy}>
        Copy diagnostics
      </button>
      <span class="setting-hint" role="status">
        {status}
      </span>
    </div>
  );
}

function PostingDetails({ reply }: { reply: Extract<DiagnosticsReply, { status: 'posting' }> }) {
  const { role, pay, position, benchmarkGap, region } = reply;
  const missing = reply.fields.filter((field) => !field.found).length;
  return (
    <>
      {!reply.aiLeadership && <p class="setting-hint">Not an AI-leadership role: the panel stays hidden.</p>}
      <dl class="readout">
        <dt>Role</dt>
        <dd>
          {role
            ? `${role.name} · ${levelLabel(role.level)} · ${confidenceWord(role.confidence)} confidence (${percent(role.confidence)})`
            : 'Not recognised'}
        </dd>
        <dt>Pay</dt>
        <dd>
          {pay ? pay.text : 'No pay stated'}
          {position && (
            <span class="readout-detail">
              {verdictText(position.verdict)} ({basisLabel(position.comparedBasis).toLowerCase()})
            </span>
          )}
          {!position && benchmarkGap && <span class="readout-detail">{benchmarkGap}</span>}
        </dd>
        <dt>Region</dt>
        <dd>{region ? region.name : 'Not recognised'}</dd>
      </dl>
      {/* Folded: the popup must stay within the toolbar popup's 600 px; the count says when to look. */}
      <details class="readout-more">
        <summary>
          How each field was read
          {missing > 0 && <span class="readout-missing"> · {missing} not found</span>}
        </summary>
        <dl class="readout readout-fields">
          {reply.fields.map((field) => (
            <div key={field.field} class={field.found ? 'found' : 'missing'}>
              <dt>{FIELD_LABELS[field.field] ?? field.field}</dt>
              <dd>{field.how}</dd>
            </div>
          ))}
        </dl>
        <CopyDiagnostics reply={reply} />
      </details>
    </>
  );
}

/** What the content script found on this tab: the posting, or why there is none. */
export function PageReadout({ tabId }: { tabId: number }) {
  const readout = useDiagnostics(tabId);
  if (readout.state === 'loading') return <p class="setting-hint">Reading this page…</p>;
  if (readout.state === 'no-answer') {
    return (
      <div class="notice">
        <p class="notice-title">Couldn't read this posting</p>
        <p class="setting-hint">The page didn't answer. Reload it, then open this again.</p>
        <div class="actions">
          <button type="button" class="button" onClick={() => void browser.tabs.reload(tabId)}>
            Reload page
          </button>
        </div>
      </div>
    );
  }
  const { reply } = readout;
  return (
    <div class="readout-block" aria-live="polite">
      {reply.status === 'no-posting' && <p class="notice-title">No posting on this page</p>}
      {reply.status === 'unreadable' && (
        <div class="notice">
          <p class="notice-title">Couldn't read this posting</p>
          <p class="setting-hint">{reply.error}</p>
        </div>
      )}
      {reply.extensionError && (
        <div class="notice" data-extension-error>
          <p class="notice-title">The lens hit an error on this page</p>
          <p class="setting-hint">
            {reply.extensionError}. The page itself is unaffected; reloading it may help.
          </p>
        </div>
      )}
      {reply.status === 'posting' ? <PostingDetails reply={reply} /> : <CopyDiagnostics reply={reply} />}
    </div>
  );
}
