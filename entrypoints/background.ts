import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createAnalysisService } from '../lib/extension/analysis-service';
import { CARDS_PORT } from '../lib/extension/cards-port';
import { resolveUiLocale } from '../lib/extension/i18n/locale';
import { LoadPanelWordsMessage, panelWordsScript } from '../lib/extension/i18n/panel/message';
import {
  factsFor,
  type Ledger,
  openLedger,
  recordPosting,
  savedJobIds,
  setSaved,
  starFromCard,
} from '../lib/extension/ledger-db';
import {
  LedgerSavedJobsMessage,
  LedgerSaveMessage,
  LedgerSightingMessage,
  LedgerStarCardMessage,
} from '../lib/extension/ledger-schema';
import {
  CompareWithMessage,
  ContentMessage,
  LoadLensMessage,
  OpenCompareMessage,
  PanelMovedMessage,
  TOGGLE_PANEL,
} from '../lib/extension/messages';
import { originFromPattern, originPattern } from '../lib/extension/settings';
import {
  addGrantedOrigin,
  getSettings,
  removeGrantedOrigin,
  setSettings,
  watchSettings,
} from '../lib/extension/settings-store';

const GRANTED_SCRIPT_ID = 'lens-granted-origins';
/** entrypoints/lens.content/index.tsx: the lens, injected where the loader finds a page that may show a posting. */
const LENS_SCRIPT = '/content-scripts/lens.js';

// The background analyses what the lens read (the engine and its data live here, not in the page), keeps the
// toolbar badge in step with the tab, forwards the keyboard shortcut, and runs the content script on careers
// sites the user opted into (and only while the permission is held).
export default defineBackground(() => {
  // Loaded and warmed up now, so the first posting a page shows meets compiled code.
  const analysis = createAnalysisService();
  browser.runtime.onMessage.addListener((raw, sender) => {
    const analysed = analysis.answer(raw);
    if (analysed) return analysed;
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    // Into the frame that asked, and only there; the host permission that let its content script run there
    // covers these scripts too.
    const target = { tabId, frameIds: [sender.frameId ?? 0] };
    // The panel's words in the settings' language first, so the lens finds them when it starts.
    if (LoadLensMessage.safeParse(raw).success)
      return getSettings()
        .then(({ uiLanguage }) => {
          const words = panelWordsScript(resolveUiLocale(uiLanguage, navigator.languages));
          return browser.scripting.executeScript({ target, files: [words, LENS_SCRIPT] });
        })
        .then(() => true);
    const words = LoadPanelWordsMessage.safeParse(raw);
    if (words.success)
      return browser.scripting
        .executeScript({ target, files: [panelWordsScript(words.data.locale)] })
        .then(() => true);
    const moved = PanelMovedMessage.safeParse(raw);
    if (moved.success) {
      const { site, position } = moved.data;
      return setSettings({ panelPosition: { [site]: position } }).then(() => true);
    }
    const compared = CompareWithMessage.safeParse(raw);
    if (compared.success) return setSettings({ compareWith: compared.data.role }).then(() => true);
    const ledgerReply = answerLedger(raw);
    if (ledgerReply) return ledgerReply;
    const parsed = ContentMessage.safeParse(raw);
    if (!parsed.success) return;
    const { aiLeadership, level } = parsed.data;
    void browser.action.setBadgeText({ tabId, text: aiLeadership ? badgeTextFor(level) : '' });
    void browser.action.setBadgeBackgroundColor({ tabId, color: '#4338ca' });
  });

  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== CARDS_PORT) return;
    port.onMessage.addListener((raw) => {
      const reply = analysis.answerCards(raw);
      if (reply) port.postMessage(reply);
    });
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== TOGGLE_PANEL.type) return;
    const tabId = tab?.id;
    if (tabId !== undefined) void browser.tabs.sendMessage(tabId, TOGGLE_PANEL).catch(() => undefined);
  });

  browser.permissions.onAdded.addListener(({ origins = [] }) => {
    for (const origin of origins.map(originFromPattern)) if (origin) void addGrantedOrigin(origin);
  });
  browser.permissions.onRemoved.addListener(({ origins = [] }) => {
    for (const origin of origins.map(originFromPattern)) if (origin) void removeGrantedOrigin(origin);
  });

  void getSettings().then((s) => syncGrantedScript(s.grantedOrigins));
  watchSettings((s) => void syncGrantedScript(s.grantedOrigins));
});

// The posting memory is written here only, so two tabs never race; opened on first use.
let ledger: Promise<Ledger> | null = null;
const theLedger = () => {
  ledger ??= openLedger();
  return ledger;
};

/** The reply to a posting-memory message (null facts while the memory is off), or null for other messages. */
function answerLedger(raw: unknown): Promise<unknown> | null {
  const sighting = LedgerSightingMessage.safeParse(raw);
  if (sighting.success)
    return getSettings().then(async ({ ledger: memory }) =>
      memory.enabled
        ? recordPosting(await theLedger(), sighting.data.sighting, Date.now(), memory.cap)
        : null,
    );
  const save = LedgerSaveMessage.safeParse(raw);
  if (save.success)
    return theLedger().then(async (db) => {
      const now = Date.now();
      await setSaved(db, save.data.key, save.data.saved, now);
      return factsFor(db, save.data.key, now);
    });
  const starCard = LedgerStarCardMessage.safeParse(raw);
  if (starCard.success)
    return getSettings().then(async ({ ledger: memory }) => {
      if (!memory.enabled) return null;
      const db = await theLedger();
      const now = Date.now();
      const { card, saved } = starCard.data;
      const entry = await starFromCard(db, card, saved, now, memory.cap);
      return entry && factsFor(db, entry.key, now);
    });
  // Memory off: no stars on the chips, as no memory section in the panel.
  const savedJobs = LedgerSavedJobsMessage.safeParse(raw);
  if (savedJobs.success)
    return getSettings().then(async ({ ledger: memory }) =>
      memory.enabled ? savedJobIds(await theLedger(), savedJobs.data.site) : null,
    );
  if (OpenCompareMessage.safeParse(raw).success)
    return browser.tabs.create({ url: browser.runtime.getURL('/compare.html') }).then(() => true);
  return null;
}

function badgeTextFor(level: string | null): string {
  return level === 'c-suite' ? 'C' : level ? level.slice(0, 3).toUpperCase() : 'AI';
}

/** One registration covering every granted origin whose permission is still held. */
async function syncGrantedScript(origins: string[]): Promise<void> {
  const held: string[] = [];
  for (const origin of origins) {
    const pattern = originPattern(origin);
    if (await browser.permissions.contains({ origins: [pattern] })) held.push(pattern);
  }
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [GRANTED_SCRIPT_ID] });
  if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [GRANTED_SCRIPT_ID] });
  if (held.length === 0) return;
  await browser.scripting.registerContentScripts([
    { id: GRANTED_SCRIPT_ID, matches: held, js: ['content-scripts/lens.js'], runAt: 'document_idle' },
  ]);
}
