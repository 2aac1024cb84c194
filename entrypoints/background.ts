import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ContentMessage } from '../lib/messages';

// The background only keeps the toolbar badge in step with what the tab's content script found.
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw, sender) => {
    const parsed = ContentMessage.safeParse(raw);
    const tabId = sender.tab?.id;
    if (!parsed.success || tabId === undefined) return;
    const { aiLeadership, level } = parsed.data;
    void browser.action.setBadgeText({ tabId, text: aiLeadership ? badgeTextFor(level) : '' });
    void browser.action.setBadgeBackgroundColor({ tabId, color: '#4338ca' });
  });
});

function badgeTextFor(level: string | null): string {
  return level === 'c-suite' ? 'C' : level ? level.slice(0, 3).toUpperCase() : 'AI';
}
