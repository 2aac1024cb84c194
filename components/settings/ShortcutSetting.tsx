import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

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

export function ShortcutSetting() {
  const shortcut = useShortcut();
  const [showPath, setShowPath] = useState(false);
  return (
    <>
      <div class="setting-row">
        <span class="setting-text">
          <span class="setting-label">Show or hide the panel</span>
          <span class="setting-hint">
            {shortcut === null ? 'Reading…' : shortcut ? <kbd>{shortcut}</kbd> : 'No shortcut set'}
          </span>
        </span>
        <button
          type="button"
          class="button"
          onClick={() => openShortcutSettings().catch(() => setShowPath(true))}
        >
          Change shortcut
        </button>
      </div>
      {showPath && (
        <p class="setting-hint" role="status">
          Open <code>{CHROME_SHORTCUTS_URL}</code> in Chrome or Edge; in Firefox, open the Add-ons Manager,
          then the gear menu, then Manage Extension Shortcuts.
        </p>
      )}
    </>
  );
}
