// The background's side of the analysis messages: the engine's analysis and all the bundled data live here, so
// the lens that runs in the page carries only its page reader and its drawing. Every message is parsed first.
import { type PanelView, panelView } from '../../components/panel/panel-view';
import { type BundledData, loadBundledData } from '../../data';
import { completeAnalysis, prepareEngine } from '../engine/analyze';
import { analyzeCore } from '../engine/analyze-core';
import { type CardAnalyser, createCardAnalyser } from '../engine/card-analysis';
import type { Analysis } from '../engine/types';
import {
  AnalyzeCardsMessage,
  AnalyzePostingMessage,
  type CardsPortReply,
  type PanelViewRequest,
  type PostingAnalysisReply,
} from './analysis-schema';
import type { UiLocale } from './i18n/locale';
import { createPanelWords, type PanelWords } from './i18n/panel';
import { de } from './i18n/panel/de';
import { en } from './i18n/panel/en';
import { es } from './i18n/panel/es';
import { fr } from './i18n/panel/fr';

/** Card analysers by their options (new settings, new analyser); settings change rarely, so a few at most. */
const ANALYSERS_KEPT = 4;

export interface AnalysisService {
  /** The reply to a posting analysis message, or null for other messages. */
  answer(raw: unknown): Promise<PostingAnalysisReply> | null;
  /** The reply to a message on the cards port (never throws); null for one without a request number to answer. */
  answerCards(raw: unknown): CardsPortReply | null;
}

const CATALOGUES = { en, de, fr, es } as const;

/**
 * Loads the data and runs the engine once on a made-up posting, so the first real posting is analysed by code
 * that is already compiled; the background calls it when it starts.
 */
export function createAnalysisService(data: BundledData = loadBundledData()): AnalysisService {
  const analysers = new Map<string, CardAnalyser>();
  const words = new Map<UiLocale, PanelWords>();
  const wordsIn = (locale: UiLocale) => {
    let made = words.get(locale);
    if (!made) {
      made = createPanelWords(locale, CATALOGUES[locale]);
      words.set(locale, made);
    }
    return made;
  };
  prepareEngine(data);
  // A failure to word the panel costs the panel, not the analysis the popup and the toolbar badge read.
  const viewOf = (analysis: Analysis, panel: PanelViewRequest): PanelView | null => {
    try {
      return panelView(wordsIn(panel.locale), analysis, data, panel.options);
    } catch (error) {
      console.error('[AI Leadership Lens] panel view', error);
      return null;
    }
  };

  const analyserFor = (options: AnalyzeCardsMessage['options']): CardAnalyser => {
    const key = [options.displayCurrency, options.basis, options.homeRegion ?? ''].join('|');
    let analyser = analysers.get(key);
    if (!analyser) {
      if (analysers.size >= ANALYSERS_KEPT) analysers.delete(analysers.keys().next().value as string);
      analyser = createCardAnalyser(data, { ...options, homeRegion: options.homeRegion ?? null });
      analysers.set(key, analyser);
    }
    return analyser;
  };

  const answer: AnalysisService['answer'] = (raw) => {
    const posting = AnalyzePostingMessage.safeParse(raw);
    if (posting.success) {
      const { options, panel } = posting.data;
      const analysis = completeAnalysis(analyzeCore(posting.data.posting, data, options), data, options);
      return Promise.resolve({ analysis, view: viewOf(analysis, panel) });
    }
    return null;
  };

  const answerCards: AnalysisService['answerCards'] = (raw) => {
    const cards = AnalyzeCardsMessage.safeParse(raw);
    if (cards.success) {
      try {
        const analyse = analyserFor(cards.data.options);
        return { id: cards.data.id, views: cards.data.cards.map((card) => analyse(card)) };
      } catch (error) {
        console.error('[AI Leadership Lens] card chips', error);
      }
    }
    // A request it cannot read or analyse is still answered, so the lens does not wait for it (its cards are
    // asked again a moment later).
    const id = (raw as { id?: unknown } | null)?.id;
    return typeof id === 'number' ? { id, views: null } : null;
  };
  return { answer, answerCards };
}
