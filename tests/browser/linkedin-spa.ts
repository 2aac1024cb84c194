// Plays LinkedIn's single-page behaviour on the sample search page: a card click swaps the detail pane's
// content in place and pushes the new currentJobId, without a reload. Runs in the page's own world.
export const LINKEDIN_SPA_SCRIPT = `
(() => {
  const pane = () => document.querySelector('.jobs-search__job-details--container');
  // Keep the pane the page was served with, so back/forward can return to it.
  const firstId = new URLSearchParams(location.search).get('currentJobId');
  if (firstId && pane() && !document.querySelector('template[data-job-id="' + firstId + '"]')) {
    const keep = document.createElement('template');
    keep.setAttribute('data-job-id', firstId);
    keep.content.append(...Array.from(pane().childNodes, (n) => n.cloneNode(true)));
    document.body.append(keep);
  }
  function show(id, push) {
    const template = document.querySelector('template[data-job-id="' + id + '"]');
    const target = pane();
    if (!template || !target) return false;
    target.replaceChildren(template.content.cloneNode(true));
    const url = '/jobs/search/?currentJobId=' + id + '&keywords=ai%20leadership';
    if (push) history.pushState({ id }, '', url);
    return true;
  }
  document.addEventListener('click', (event) => {
    const card = event.target instanceof Element ? event.target.closest('[data-job-id]') : null;
    if (!card || card.tagName === 'TEMPLATE') return;
    if (show(card.getAttribute('data-job-id'), true)) event.preventDefault();
  });
  window.addEventListener('popstate', () => {
    const id = new URLSearchParams(location.search).get('currentJobId');
    if (id) show(id, false);
  });
})();
`;

/** The sample page with the SPA script added at the end of its body. */
export function withLinkedInSpa(html: string): string {
  return html.replace('</body>', `<script>${LINKEDIN_SPA_SCRIPT}</script></body>`);
}
