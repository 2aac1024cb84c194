// Careers sites beyond the built-in job sites: an optional host permission plus a record in settings.
// The background registers the content script for every recorded origin it holds the permission for.
import { browser } from 'wxt/browser';
import { originPattern } from '../../lib/extension/settings';
import { addGrantedOrigin, removeGrantedOrigin } from '../../lib/extension/settings-store';

/**
 * Must be called straight from a click: permissions.request needs the user gesture, so it runs before
 * anything is awaited. Resolves to whether the user granted it.
 */
export async function enableOrigin(origin: string): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: [originPattern(origin)] });
  if (granted) await addGrantedOrigin(origin);
  return granted;
}

/** Forgets the origin first, so the lens stops there even if removing the permission fails. */
export async function disableOrigin(origin: string): Promise<void> {
  await removeGrantedOrigin(origin);
  await browser.permissions.remove({ origins: [originPattern(origin)] });
}
