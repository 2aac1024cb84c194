// The background's answer to the lens: the analysis, and the panel's view of it worded in the language the lens
// asked for, so the lens draws it without the data or the wording of any figure.
import { describe, expect, it } from 'vitest';
import { WARM_UP_POSTING } from '../../lib/engine/warm-up-posting';
import type { AnalyzePostingMessage, PostingAnalysisReply } from '../../lib/extension/analysis-schema';
import { createAnalysisService } from '../../lib/extension/analysis-service';

const service = createAnalysisService();

const message = (panel: Partial<AnalyzePostingMessage['panel']> = {}): AnalyzePostingMessage => ({
  type: 'analyze-posting',
  posting: WARM_UP_POSTING,
  options: { displayCurrency: 'USD', basis: 'base', today: '2026-12-06', homeRegion: null },
  panel: {
    locale: 'en',
    options: { displayCurrency: 'USD', payBasis: 'base', targetPay: null, userSkills: [], compareWith: null },
    ...panel,
  },
});

const answer = (raw: unknown) => service.answer(raw) as Promise<PostingAnalysisReply> | null;

describe('the analysis service', () => {
  it('sends the panel its view in the language asked for', async () => {
    const english = await answer(message());
    const german = await answer(message({ locale: 'de' }));
    expect(english?.view?.summary).toMatch(/^AI Leadership Lens: Chief AI Officer at Example/);
    expect(german?.view?.summary).toMatch(/^AI Leadership Lens: Chief AI Officer bei Example/);
    expect(german?.view?.checklist?.matchText).toBe(
      'Tragen Sie Ihre Kompetenzen in den Einstellungen ein, um den Abgleich zu sehen',
    );
  });

  it('words the comparison with every role the chooser offers, and starts at the one the settings chose', async () => {
    const reply = await answer(
      message({
        options: {
          displayCurrency: 'USD',
          payBasis: 'base',
          targetPay: null,
          userSkills: [],
          compareWith: 'cdo',
        },
      }),
    );
    expect(reply?.analysis.role?.id).toBe('caio');
    expect(Object.keys(reply?.view?.comparisons ?? {}).sort()).toEqual(
      ['cdo', 'cto', 'director_ai', 'head_ai', 'vp_ai'].sort(),
    );
    expect(reply?.view?.compareWith).toBe('cdo');
    expect(reply?.view?.comparisons.cdo?.other).toBe('cdo');
  });

  it('words the view from the settings sent with the request: the user’s skills, the display currency', async () => {
    const request = (displayCurrency: string, userSkills: string[]) =>
      answer(
        message({
          options: { displayCurrency, payBasis: 'base', targetPay: null, userSkills, compareWith: null },
        }),
      );
    const euros = await request('EUR', ['ai_strategy', 'responsible_ai', 'pytorch']);
    const dollars = await request('USD', []);
    // The posting asks for AI strategy and responsible AI, not PyTorch.
    expect(euros?.view?.checklist.match).toMatchObject({ matched: 2 });
    expect(dollars?.view?.checklist.match).toBeNull();
    expect(JSON.stringify(euros?.view?.comparisons)).toContain('€');
    expect(JSON.stringify(dollars?.view?.comparisons)).not.toContain('€');
  });

  it('answers no analysis to a request whose panel part is malformed', () => {
    expect(answer({ ...message(), panel: { locale: 'xx', options: {} } })).toBeNull();
    expect(answer({ ...message(), panel: undefined })).toBeNull();
  });
});
