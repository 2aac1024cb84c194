import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DIAGNOSTICS_REQUEST, DiagnosticsReply } from '../../lib/extension/diagnostics-message';
import type { PagesKey } from '../../lib/extension/i18n/pages';
import { fieldSourceText } from '../../lib/extension/i18n/pages/field-sources';
import { confidenceWord } from '../panel/format';
import { useI18n } from './i18n';

type Readout = { state: 'loading' } | { state: 'no-answer' } | { state: 'reply'; reply: DiagnosticsReply };

const FIELD_LABEL_KEYS: Record<string, PagesKey> = {
  title: 'field.title',
  company: 'field.company',
  location: 'field.location',
  workplace: 'field.workplace',
  payText: 'field.payText',
  description: 'field.description',
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
  const { t } = useI18n();
  const [status, setStatus] = useState('');
  const copy = () =>
    navigator.clipboard.writeText(JSON.stringify(reply, null, 2)).then(
      () => setStatus(t('readout.copied')),
      () => setStatus(t('readout.copyFailed')),
    );
  return (
    <div class="actions">
      <button type="button" class="button" onClick={copy}>
        {t('readout.copy')}
      </button>
      <span class="setting-hint" role="status">
        {status}
      </span>
    </div>
  );
}

// The content script reports codes (how each field was read, why there is no benchmark), worded here; only
// what the page or an error said (a label, a selector, an error message) stays as it comes.
function PostingDetails({ reply }: { reply: Extract<DiagnosticsReply, { status: 'posting' }> }) {
  const words = useI18n();
  const { t, number } = words;
  const { role, pay, position, benchmarkGap, region } = reply;
  const missing = reply.fields.filter((field) => !field.found).length;
  return (
    <>
      {!reply.aiLeadership && <p class="setting-hint">{t('readout.notAiLeadership')}</p>}
      <dl class="readout">
        <dt>{t('readout.role')}</dt>
        <dd>
          {role
            ? t('readout.roleLine', {
                name: role.name,
                level: t(`level.${role.level}`),
                confidence: t(`confidence.${confidenceWord(role.confidence)}`),
                score: number(role.confidence, { style: 'percent' }),
              })
            : t('readout.notRecognised')}
        </dd>
        <dt>{t('readout.pay')}</dt>
        <dd>
          {pay ? pay.text : t('readout.noPay')}
          {position && (
            <span class="readout-detail">
              {t('readout.position', {
                verdict: t(`verdict.${position.verdict}`),
                basis: t(`basis.${position.comparedBasis}`),
              })}
            </span>
          )}
          {/* The reason in full is the panel's to give; the popup stays within its 600 px. */}
          {!position && benchmarkGap && (
            <span
              class="readout-detail"
              title={t(
                benchmarkGap === 'no-region' ? 'readout.noBenchmarkNoRegion' : 'readout.noBenchmarkNoBand',
              )}
            >
              {t('readout.noBenchmark')}
            </span>
          )}
        </dd>
        <dt>{t('readout.region')}</dt>
        <dd>{region ? region.name : t('readout.notRecognised')}</dd>
      </dl>
      {/* Folded: the popup must stay within the toolbar popup's 600 px; the count says when to look. */}
      <details class="readout-more">
        <summary>
          {t('readout.howRead')}
          {missing > 0 && <span class="readout-missing"> · {t('readout.missing', { count: missing })}</span>}
        </summary>
        <dl class="readout readout-fields">
          {reply.fields.map((field) => {
            const labelKey = Object.hasOwn(FIELD_LABEL_KEYS, field.field)
              ? FIELD_LABEL_KEYS[field.field]
              : null;
            return (
              <div key={field.field} class={field.found ? 'found' : 'missing'}>
                <dt>{labelKey ? t(labelKey) : field.field}</dt>
                <dd>{fieldSourceText(words, field.how)}</dd>
              </div>
            );
          })}
        </dl>
        <CopyDiagnostics reply={reply} />
      </details>
    </>
  );
}

/** What the content script found on this tab: the posting, or why there is none. */
export function PageReadout({ tabId }: { tabId: number }) {
  const { t } = useI18n();
  const readout = useDiagnostics(tabId);
  if (readout.state === 'loading') return <p class="setting-hint">{t('popup.readingPage')}</p>;
  if (readout.state === 'no-answer') {
    return (
      <div class="notice">
        <p class="notice-title">{t('readout.unreadable')}</p>
        <p class="setting-hint">{t('readout.noAnswer')}</p>
        <div class="actions">
          <button type="button" class="button" onClick={() => void browser.tabs.reload(tabId)}>
            {t('readout.reload')}
          </button>
        </div>
      </div>
    );
  }
  const { reply } = readout;
  return (
    <div class="readout-block" aria-live="polite">
      {reply.status === 'no-posting' && <p class="notice-title">{t('readout.noPosting')}</p>}
      {reply.status === 'unreadable' && (
        <div class="notice">
          <p class="notice-title">{t('readout.unreadable')}</p>
          <p class="setting-hint">
            {reply.reason.code === 'job-not-read' ? t('readout.jobNotRead') : reply.reason.message}
          </p>
        </div>
      )}
      {reply.extensionError && (
        <div class="notice" data-extension-error>
          <p class="notice-title">{t('readout.extensionError')}</p>
          <p class="setting-hint">
            {t('readout.extensionErrorDetail', {
              where: t(`readout.where.${reply.extensionError.where}`),
              error: reply.extensionError.message,
            })}
          </p>
        </div>
      )}
      {reply.status === 'posting' ? <PostingDetails reply={reply} /> : <CopyDiagnostics reply={reply} />}
    </div>
  );
}
