import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveUiLocale, UI_LOCALES, type UiLocale } from '../../lib/extension/i18n/locale';
import { de } from '../../lib/extension/i18n/pages/de';
import { en } from '../../lib/extension/i18n/pages/en';
import { es } from '../../lib/extension/i18n/pages/es';
import { fr } from '../../lib/extension/i18n/pages/fr';
import { loadPagesTranslator, type PagesCatalogue } from '../../lib/extension/i18n/pages/index';
import type { Message } from '../../lib/extension/i18n/translate';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CATALOGUES: Record<UiLocale, PagesCatalogue> = { en, de, fr, es };

function placeholders(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  return [
    ...new Set(texts.flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''))),
  ].sort();
}

describe.each(UI_LOCALES.filter((locale) => locale !== 'en'))('the %s catalogue of the pages', (locale) => {
  const catalogue = CATALOGUES[locale];

  it('has exactly the English keys', () => {
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
  });

  it('uses the same placeholders as English, and plurals where English has them', () => {
    for (const [key, source] of Object.entries(en)) {
      const message = catalogue[key as keyof PagesCatalogue];
      expect(typeof message, key).toBe(typeof source);
      expect(placeholders(message), key).toEqual(placeholders(source));
    }
  });

  it('translates every sentence: a message of three words or more is never the English one', () => {
    const words = (text: string) => text.replace(/\{\w+\}/g, '').match(/\p{L}+/gu)?.length ?? 0;
    for (const [key, source] of Object.entries(en)) {
      const english = typeof source === 'string' ? [source] : Object.values(source);
      const message = catalogue[key as keyof PagesCatalogue];
      const texts = typeof message === 'string' ? [message] : Object.values(message);
      for (const text of texts.filter((text) => words(text) >= 3)) expect(english, key).not.toContain(text);
    }
  });
});

describe.each(UI_LOCALES)('the %s catalogue', (locale) => {
  it("gives plural forms only in categories the language has, and always 'other'", () => {
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    for (const [key, message] of Object.entries(CATALOGUES[locale])) {
      if (typeof message === 'string') continue;
      expect(message.other, key).toBeTypeOf('string');
      for (const form of Object.keys(message)) expect(categories, `${key}.${form}`).toContain(form);
    }
  });

  it('has no empty message and no stray brace', () => {
    for (const [key, message] of Object.entries(CATALOGUES[locale])) {
      for (const text of typeof message === 'string' ? [message] : Object.values(message)) {
        expect(text.trim(), key).not.toBe('');
        expect(text.replace(/\{\w+\}/g, ''), key).not.toMatch(/[{}]/);
      }
    }
  });
});

describe('the translator', () => {
  it('fills placeholders and formats numbers in the locale', async () => {
    const german = await loadPagesTranslator('de');
    expect(german.t('positions.movedTo', { x: '1200', y: '48' })).toBe('Verschoben nach 1200, 48');
    expect(german.number(0.92, { style: 'percent' })).toBe('92\u00a0%');
    expect((await loadPagesTranslator('en')).number(0.92, { style: 'percent' })).toBe('92%');
  });

  it("picks the plural form by the language's rules", async () => {
    const german = await loadPagesTranslator('de');
    expect(german.t('readout.missing', { count: 1 })).toBe('1 Feld nicht gefunden');
    expect(german.t('readout.missing', { count: 0 })).toBe('0 Felder nicht gefunden');
    expect(german.t('readout.missing', { count: 1200 })).toBe('1.200 Felder nicht gefunden');
    const french = await loadPagesTranslator('fr');
    // French counts 0 as singular, and says "de" after a million.
    expect(french.t('readout.missing', { count: 0 })).toBe('0 champ introuvable');
    expect(french.t('readout.missing', { count: 2 })).toBe('2 champs introuvables');
    expect(french.t('readout.missing', { count: 1_000_000 })).toBe(
      '1\u202f000\u202f000 de champs introuvables',
    );
  });

  it('writes a data date as precisely as it is given, in the locale', async () => {
    const english = await loadPagesTranslator('en');
    const german = await loadPagesTranslator('de');
    expect(english.date('2025')).toBe('2025');
    expect(english.date('2024-06')).toBe('Jun 2024');
    expect(english.date('2026-01-02')).toBe('Jan 2, 2026');
    expect(german.date('2026-01-02')).toBe('02.01.2026');
    expect((await loadPagesTranslator('es')).date('2024-06')).toBe('jun 2024');
    expect(german.date('not a date')).toBe('not a date');
  });

  it('names currencies in the locale, and leaves a code it cannot name', async () => {
    expect((await loadPagesTranslator('de')).currencyName('USD')).toBe('US-Dollar');
    expect((await loadPagesTranslator('fr')).currencyName('GBP')).toBe('livre sterling');
    expect((await loadPagesTranslator('en')).currencyName('XQQ')).toBe('XQQ');
  });
});

describe('resolveUiLocale', () => {
  it.each([
    ['auto', ['de-AT', 'en-US'], 'de'],
    ['auto', ['it-IT', 'fr-CH', 'en'], 'fr'],
    ['auto', ['pt-BR'], 'en'],
    ['auto', [], 'en'],
    ['es', ['de-DE'], 'es'],
    ['en', ['fr-FR'], 'en'],
  ] as const)('%s with %j -> %s', (preference, languages, expected) => {
    expect(resolveUiLocale(preference, languages)).toBe(expected);
  });
});

describe('the manifest in every language', () => {
  const messages = (locale: string) =>
    JSON.parse(readFileSync(path.join(ROOT, 'public/_locales', locale, 'messages.json'), 'utf8')) as Record<
      string,
      { message: string }
    >;
  const config = readFileSync(path.join(ROOT, 'wxt.config.ts'), 'utf8');
  const used = [...config.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1] ?? '');

  it('takes its name, description and command from messages every language defines', () => {
    expect(used).toEqual(expect.arrayContaining(['extensionName', 'extensionDescription']));
    for (const locale of UI_LOCALES) {
      const defined = messages(locale);
      expect(Object.keys(defined).sort(), locale).toEqual(Object.keys(messages('en')).sort());
      for (const key of used) expect(defined[key]?.message, `${locale} ${key}`).toBeTruthy();
    }
  });

  it("keeps within the stores' lengths: name 45, description 132 characters", () => {
    for (const locale of UI_LOCALES) {
      const { extensionName, extensionDescription } = messages(locale);
      expect(extensionName?.message.length, locale).toBeLessThanOrEqual(45);
      expect(extensionDescription?.message.length, locale).toBeLessThanOrEqual(132);
    }
  });
});
