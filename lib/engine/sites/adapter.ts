// The declarative shape every site file exports. lib/extract.ts is the only code that interprets it.
import type { SiteId } from '../types';

/** One way to find a value on a page, with the month (YYYY-MM) it was last seen working on the live site. */
export interface Selector {
  css: string;
  seen: string;
  /** Read this attribute instead of the element's text. */
  attr?: string;
  /** Keep only elements whose text matches; capture group 1, when present, is the value. */
  match?: RegExp;
  /** Label/value sections: keep a `css` element only when its `heading` text matches `is`, then read `value` inside it. */
  label?: { heading: string; is: RegExp; value: string };
}

export type PostingFieldName = 'title' | 'company' | 'location' | 'workplace' | 'payText' | 'description';

export interface CardsDescription {
  /** Card elements, any of these; a card nested inside another matched card is dropped. */
  containers: string[];
  /** Attributes on the card (or on a descendant) that carry the job id, in order. */
  jobIdAttributes: string[];
  /** Job id read from a link inside the card, e.g. /jobs/view/<id>. */
  jobIdFromLink?: { css: string; pattern: RegExp };
  title: Selector[];
  company: Selector[];
  location: Selector[];
  pay: Selector[];
}

export interface SiteAdapter {
  id: SiteId;
  /** URLs this adapter claims (tested against the full URL). */
  urls: RegExp[];
  /** The site's job id from the URL, first match's group 1 wins. */
  jobIdFromUrl: RegExp[];
  /** The job id from the page when the URL does not carry it. */
  jobIdFromPage?: Selector[];
  fields: Record<PostingFieldName, Selector[]>;
  cards?: CardsDescription;
  /** Fields neither schema.org nor a selector gives are read off the page as a person reads it (its main
   *  heading, labelled values: sites/page-reading.ts). For pages no site description fits. */
  readsPage?: true;
}

/** A pay figure with a currency mark: "$320,000", "£90K", "150K GBP", "CA$210,000", "€80k", "₹25T". */
export const MONEY =
  /(?:[$£€¥₹]|\b(?:USD|GBP|EUR|CAD|AUD|CHF|INR|[A-Z]{2}\$))\s?\d|\d[\d,.]*\s?[KkMm]?\s?(?:USD|GBP|EUR|CAD|AUD|CHF|INR)\b/;

/** LinkedIn/Indeed pill texts that name a workplace type (several UI languages seen in the real captures). */
export const WORKPLACE_WORDS =
  /^(?:remote|hybrid|on-site|onsite|in office|in-office|hybride|ibrido|in sede|sur site|présentiel|da remoto|télétravail)$/i;
