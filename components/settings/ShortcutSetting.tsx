import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useI18n } from './i18n';

export const TOGGLE_PANEL_COMMAND = 'toggle-panel';
const CHROME_SHORTCUTS_URL = 'chrome://extensions/shortcuts';

/** null while reading; '' when the command has no key bound. */
function useShortcut(): string | null {
  const [shortcut, setShortcut] = useState<string | null>(null);
  useEffect(() => {
    browser.commands.getAll().then(
      (commands) =>
        setShortcut(commands.find((command) => command.name === TOGGLE_PANEL_COMMAND)?.shortcut ?? ''),
      () => setShortcut(''),
    );
  }, []);
  return shortcut;
}

/**
 * Firefox (137+) opens its shortcut page itself; Chromium browsers accept their chrome:// page in a new
 * tab. Where neither works, the way there is shown as text.
 */
async function openShortcutSettings(): Promise<void> {
  const commands = browser.commands as { openShortcutSettings?: () => Promise<void> };
  if (commands.openShortcutSettings) return commands.openShortcutSettings();
  await browser.tabs.create({ url: CHROME_SHORTCUTS_URL });
}

/** The catalogue's sentence with the address in <code>: the placeholder is filled with itself, then split. */
function ShortcutPath() {
  const { t } = useI18n();
  const slot = '{url}';
  const [before, after] = t('shortcut.path', { url: slot }).split(slot);
  return (
    <p class="setting-hint" role="status">
      {before}
      <code>{CHROME_SHORTCUTS_URL}</code>
      {after}
    </p>
  );
}

export function ShortcutSetting() {
  const { t } = useI18n();
  const shortcut = useShortcut();
  const [showPath, setShowPath] = useState(false);
  return (
    <>
      <div class="setting-row">
        <span class="setting-text">
          <span class="setting-label">{t('shortcut.action')}</span>
          <span class="setting-hint">
            {shortcut === null ? (
              t('shortcut.reading')
            ) : shortcut ? (
              <kbd>{shortcut}</kbd>
            ) : (
              t('shortcut.none')
            )}
          </span>
        </span>
        <button
          type="button"
          class="button"
          onClick={() => openShortcutSettings().catch(() => setShowPath(true))}
        >
          {t('shortcut.change')}
        </button>
      </div>
      {showPath && <ShortcutPath />}
    </>
  );
}
