import { afterEach, describe, expect, it } from 'vitest';
import { pageTheme } from '../../entrypoints/lens.content/page-theme';

afterEach(() => {
  document.body.removeAttribute('style');
  document.documentElement.removeAttribute('style');
});

describe('pageTheme', () => {
  it('reads a dark page as dark and a light page as light', () => {
    document.body.style.backgroundColor = 'rgb(27, 31, 35)';
    expect(pageTheme(document, window)).toBe('dark');
    document.body.style.backgroundColor = 'rgb(243, 242, 239)';
    expect(pageTheme(document, window)).toBe('light');
  });

  it('falls back to the root element, then to nothing, when the body paints no background', () => {
    document.body.style.backgroundColor = 'rgba(0, 0, 0, 0)';
    document.documentElement.style.backgroundColor = 'rgb(0, 0, 0)';
    expect(pageTheme(document, window)).toBe('dark');
    document.documentElement.style.backgroundColor = 'transparent';
    expect(pageTheme(document, window)).toBeNull();
  });
});
