// How a posting field was read, worded from the engine's code: the popup's read-out in its language, the CLI
// in English. Selectors, schema.org properties and the page's own words are quoted as they are.
import type { FieldSource } from '../../../engine/report';
import type { PagesTranslator } from '.';

export function fieldSourceText(words: PagesTranslator, source: FieldSource): string {
  const { t } = words;
  switch (source.code) {
    case 'schema': {
      const properties = new Intl.ListFormat(words.locale, { type: 'conjunction' }).format(source.properties);
      return t(source.format === 'microdata' ? 'readout.source.microdata' : 'readout.source.jsonLd', {
        properties,
      });
    }
    case 'selector': {
      // The attribute read instead of the element's text, as the site descriptions write it.
      const selector = source.attribute ? `${source.selector} @${source.attribute}` : source.selector;
      const seen = words.date(source.seen);
      return source.label
        ? t('readout.source.selectorLabelled', { selector, label: source.label, seen })
        : t('readout.source.selector', { selector, seen });
    }
    case 'main-heading':
      return t('readout.source.mainHeading');
    case 'page-label':
      return t('readout.source.pageLabel', { label: source.label });
    case 'page-mark':
      return t('readout.source.pageMark', { mark: source.mark });
    case 'about-heading':
      return t('readout.source.aboutHeading', { heading: source.heading });
    case 'location-text':
      return t('readout.source.locationText', { location: source.location });
    case 'pay-sentence':
      return t('readout.source.paySentence');
    case 'not-found':
      return t('readout.source.notFound', {
        schema: t(source.jobPosting ? 'readout.source.jobPostingLacksIt' : 'readout.source.noJobPosting'),
        search:
          source.selectors === null
            ? t('readout.source.notOnPage')
            : source.selectors === 0
              ? t('readout.source.noSuchElement')
              : t('readout.source.selectorsMissed', { count: source.selectors }),
      });
    case 'read-failed':
      return t('readout.source.readFailed', { error: source.error });
    case 'other':
      return source.text;
  }
}
