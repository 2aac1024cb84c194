// Small inline icons (16px, currentColor). Always decorative: the words next to them carry the meaning.
import type { JSX } from 'preact';

export type IconName =
  | 'check'
  | 'dash'
  | 'severity-high'
  | 'severity-medium'
  | 'severity-low'
  | 'severity-info'
  | 'chevron-up'
  | 'chevron-down'
  | 'copy'
  | 'lens';

// Functions, not shared vnodes: each render gets fresh elements.
const PATHS: Record<IconName, () => JSX.Element> = {
  check: () => <path d="M3.5 8.5l3 3 6-7" />,
  dash: () => <path d="M4.5 8h7" />,
  'severity-high': () => (
    <>
      <path d="M5.6 1.5h4.8l4.1 4.1v4.8l-4.1 4.1H5.6l-4.1-4.1V5.6z" />
      <path d="M8 4.5v4M8 11v.5" />
    </>
  ),
  'severity-medium': () => (
    <>
      <path d="M8 1.8l6.5 12H1.5z" />
      <path d="M8 6v3.5M8 11.5v.5" />
    </>
  ),
  'severity-low': () => (
    <>
      <circle cx="8" cy="8" r="6.5" />
      <path d="M8 5v3.5M8 10.8v.4" />
    </>
  ),
  'severity-info': () => (
    <>
      <circle cx="8" cy="8" r="6.5" />
      <path d="M8 7.2v4M8 4.8v.4" />
    </>
  ),
  'chevron-up': () => <path d="M4 10l4-4 4 4" />,
  'chevron-down': () => <path d="M4 6l4 4 4-4" />,
  copy: () => (
    <>
      <rect x="5.5" y="5.5" width="8" height="8" rx="1.5" />
      <path d="M10.5 3.5v-.5a1.5 1.5 0 0 0-1.5-1.5H4A1.5 1.5 0 0 0 2.5 3v5A1.5 1.5 0 0 0 4 9.5h.5" />
    </>
  ),
  lens: () => (
    <>
      <circle cx="7" cy="7" r="4.5" />
      <path d="M10.5 10.5l3.5 3.5" />
    </>
  ),
};

export function Icon({ name, class: className }: { name: IconName; class?: string }) {
  return (
    <svg
      class={className ? `ail-icon ${className}` : 'ail-icon'}
      viewBox="0 0 16 16"
      width="16"
      height="16"
      fill="none"
      stroke="currentColor"
      stroke-width="1.6"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      focusable="false"
      data-icon={name}
    >
      {PATHS[name]()}
    </svg>
  );
}
