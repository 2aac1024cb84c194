import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

/** One titled part of the panel; the heading names the region for screen readers. */
export function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  const headingId = useId();
  return (
    <section class="ail-section" data-section={id} aria-labelledby={headingId}>
      <h3 class="ail-section__title" id={headingId}>
        {title}
      </h3>
      {children}
    </section>
  );
}
