import { useEffect } from 'preact/hooks';
import type { Settings } from '../../lib/extension/settings';

/** The theme setting as data-theme on <html>; the stylesheet reads it ('auto' follows the system). */
export function useThemeAttribute(theme: Settings['theme'] | undefined): void {
  useEffect(() => {
    document.documentElement.dataset.theme = theme ?? 'auto';
  }, [theme]);
}
