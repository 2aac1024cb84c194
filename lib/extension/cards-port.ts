/**
 * The port the lens sends list cards over: one per frame that lists jobs, opened by its first cards (and again
 * after the background's service worker stopped). A list sends a
 * message per frame while it scrolls, and runtime.sendMessage opens and closes a channel for each message, which
 * cost the page's main thread ~0.25 ms a message (tests/bench/endless-list.ts); a message on an open port costs a
 * fraction of that. (Its own module: the lens imports it, and the message schemas stay out of the lens.)
 */
export const CARDS_PORT = 'analyze-cards';
