import { describe, expect, it } from 'vitest';
import { extractPosting, listCards } from '../../../lib/engine/extract';
import type { Posting } from '../../../lib/engine/types';
import { loadFixture, readValue, sourceOf } from './fixture';

function posting(path: string, url: string): Posting {
  const found = extractPosting(loadFixture(path), url);
  if (!found) expect.fail(`no posting read from ${path}`);
  return found;
}

describe('linkedin guest job page', () => {
  const url = 'https://www.linkedin.com/jobs/view/chief-ai-officer-at-northwind-analytics-4400000001';
  const p = posting('samples/linkedin-guest-job.html', url);

  it('reads the top card, pay and description through the guest selectors', () => {
    expect(p.site).toBe('linkedin');
    expect(p.jobId).toBe('4400000001');
    expect(readValue(p.title)).toBe('Chief AI Officer');
    expect(sourceOf(p.title)).toContain('.top-card-layout__title');
    expect(readValue(p.company)).toBe('Northwind Analytics');
    expect(sourceOf(p.company)).toContain('.topcard__org-name-link');
    expect(readValue(p.location)).toBe('San Francisco, CA');
    expect(sourceOf(p.location)).toContain('.topcard__flavor--bullet');
    expect(readValue(p.payText)).toBe('$320,000.00/yr - $450,000.00/yr');
    expect(sourceOf(p.payText)).toContain('.compensation__salary');
    expect(readValue(p.description)).toMatch(
      /^About the role Northwind Analytics is looking for its first Chief AI Officer/,
    );
    expect(readValue(p.description)).toContain('EU AI Act');
    expect(sourceOf(p.description)).toContain('.show-more-less-html__markup');
  });

  it('leaves the workplace null with a reason: the guest page does not state it', () => {
    expect(p.workplace.value).toBeNull();
    expect(p.workplace).toHaveProperty('reason');
  });

  it('falls back to the dated .topcard__title selector when the primary title class is gone', () => {
    const doc = loadFixture('samples/linkedin-guest-job.html');
    doc.querySelector('.top-card-layout__title')?.classList.remove('top-card-layout__title');
    const fallback = extractPosting(doc, url);
    expect(fallback && readValue(fallback.title)).toBe('Chief AI Officer');
    expect(fallback && sourceOf(fallback.title)).toBe('selector .topcard__title (seen 2026-06)');
  });

  it('reads the real guest API fragment (TCS, Cracow)', () => {
    const real = posting(
      'real/linkedin/guest-api-jobposting-tcs-senior-dotnet-developer.html',
      'https://www.linkedin.com/jobs-guest/jobs/api/jobPosting/4422277574',
    );
    expect(real.jobId).toBe('4422277574');
    expect(readValue(real.title)).toBe('Senior .Net Developer');
    expect(readValue(real.company)).toBe('Tata Consultancy Services');
    expect(readValue(real.location)).toBe('Cracow, Małopolskie, Poland');
    expect(real.payText.value).toBeNull();
    expect(readValue(real.description)).toMatch(
      /^Your daily tasks: Develop and maintain applications using \.NET Framework/,
    );
  });

  it('finds pay stated only in the description prose, labelled as a last resort', () => {
    const real = posting(
      'real/linkedin/guest-api-jobposting-linkedin-principal-staff-swe.html',
      'https://www.linkedin.com/jobs/view/principal-staff-software-engineer-at-linkedin-4415502323',
    );
    expect(readValue(real.title)).toBe('Principal Staff Software Engineer, Development Infrastructure');
    expect(readValue(real.location)).toBe('Bellevue, WA');
    expect(readValue(real.payText)).toBe('The pay range for this role is $226,000 to $369,000.');
    expect(sourceOf(real.payText)).toBe('sentence from description (last resort)');
  });
});

describe('linkedin signed-in classic job view', () => {
  const p = posting('samples/linkedin-job-view.html', 'https://www.linkedin.com/jobs/view/4400000002/');

  it('reads the unified top card, the pay pill and #job-details', () => {
    expect(p.jobId).toBe('4400000002');
    expect(readValue(p.title)).toBe('VP of AI');
    expect(sourceOf(p.title)).toContain('job-details-jobs-unified-top-card__job-title h1');
    expect(readValue(p.company)).toBe('Harborline Insurance');
    expect(readValue(p.location)).toBe('New York, NY');
    expect(readValue(p.workplace)).toBe('hybrid');
    expect(sourceOf(p.workplace)).toContain('.job-details-fit-level-preferences button');
    expect(readValue(p.payText)).toBe('$290K/yr - $360K/yr');
    expect(sourceOf(p.payText)).toContain('.job-details-fit-level-preferences button');
    expect(readValue(p.description)).toMatch(/^About the job Harborline Insurance is hiring a VP of AI/);
    expect(sourceOf(p.description)).toContain('#job-details');
  });

  it('falls back to .jobs-description__content when #job-details is removed', () => {
    const doc = loadFixture('samples/linkedin-job-view.html');
    doc.getElementById('job-details')?.removeAttribute('id');
    const fallback = extractPosting(doc, 'https://www.linkedin.com/jobs/view/4400000002/');
    expect(fallback && sourceOf(fallback.description)).toBe(
      'selector .jobs-description__content (seen 2026-07)',
    );
    expect(fallback && readValue(fallback.description)).toContain('VP of AI');
  });

  it('reads the early-2024 French layout (h1 with the title class, "Hybride" label)', () => {
    // Not copied into tests/fixtures/real (174 KB); the 2024 selectors are exercised on a trimmed copy of its top card.
    const doc = new DOMParser().parseFromString(
      `<div class="job-details-jobs-unified-top-card__primary-description-container"></div>
       <h1 class="t-24 t-bold job-details-jobs-unified-top-card__job-title">Data Engineer Confirmé(e)/Senior (CDI)</h1>
       <div class="job-details-jobs-unified-top-card__primary-description-without-tagline mb2"><a class="app-aware-link" href="https://www.linkedin.com/company/x/life">CBTW</a><span class="white-space-pre"> </span>· Paris et périphérie ·<span class="white-space-pre"> </span><span class="tvm__text tvm__text--neutral"><span>il y a 4 semaines</span></span></div>
       <li class="job-details-jobs-unified-top-card__job-insight"><span class="ui-label ui-label--accent-3 text-body-small"><span aria-hidden="true">Hybride</span><span class="visually-hidden">Correspond à vos préférences d’emploi, le type de lieu de travail est Hybride.</span></span></li>
       <div id="job-details"><h2>À propos de l’offre d’emploi</h2><p>Salut à tous les Data wizards ! Nous recrutons un Data Engineer.</p></div>`,
      'text/html',
    );
    const old = extractPosting(doc, 'https://www.linkedin.com/jobs/view/3797662873/');
    expect(old && readValue(old.title)).toBe('Data Engineer Confirmé(e)/Senior (CDI)');
    expect(old && readValue(old.company)).toBe('CBTW');
    expect(old && readValue(old.location)).toBe('Paris et périphérie');
    expect(old && readValue(old.workplace)).toBe('hybrid');
  });
});

describe('linkedin SDUI job view', () => {
  const p = posting('samples/linkedin-sdui-job-view.html', 'https://www.linkedin.com/jobs/view/4400000003/');

  it('reads the hashed-class top card through its structural hooks', () => {
    expect(p.jobId).toBe('4400000003');
    expect(readValue(p.title)).toBe('Head of AI');
    expect(readValue(p.company)).toBe('Larkspur Payments');
    expect(sourceOf(p.company)).toContain('[aria-label^="Company, "]');
    expect(readValue(p.location)).toBe('London, England, United Kingdom');
    expect(readValue(p.workplace)).toBe('hybrid');
    expect(readValue(p.payText)).toBe('150K GBP/yr - 190K GBP/yr');
    expect(readValue(p.description)).toMatch(/^Larkspur Payments is looking for a Head of AI/);
    expect(sourceOf(p.description)).toContain('[data-testid="expandable-text-box"]');
  });

  it('takes the job id from the JobDetails_AboutTheJob_<id> componentkey when the URL has none', () => {
    const fromPage = extractPosting(
      loadFixture('samples/linkedin-sdui-job-view.html'),
      'https://www.linkedin.com/jobs/search-results/',
    );
    expect(fromPage?.jobId).toBe('4400000003');
  });
});

describe('linkedin: the same job 4433946496 in the classic search pane and the SDUI job view', () => {
  const classic = posting(
    'real/linkedin/loggedin-classic-search-detail-pane-4433946496-data-idols.html',
    'https://www.linkedin.com/jobs/search/?currentJobId=4433946496&f_AL=true',
  );
  const sdui = posting(
    'real/linkedin/loggedin-sdui-job-view-4433946496-data-idols-backend-senior-swe-london.html',
    'https://www.linkedin.com/jobs/view/4433946496/',
  );

  it('agrees on id, title, company and location', () => {
    expect(classic.jobId).toBe('4433946496');
    expect(sdui.jobId).toBe('4433946496');
    for (const field of ['title', 'company', 'location'] as const) {
      expect(readValue(sdui[field])).toBe(readValue(classic[field]));
    }
    expect(readValue(classic.title)).toBe('Backend Senior Software Engineer');
    expect(readValue(classic.company)).toBe('Data Idols');
    expect(readValue(classic.location)).toBe('London, England, United Kingdom');
  });

  it('reads the same pay figures from the pill and from the SDUI pay link', () => {
    expect(readValue(classic.payText)).toBe('£90K/yr - £100K/yr');
    expect(readValue(sdui.payText)).toBe('90K GBP/yr - 100K GBP/yr');
  });

  it('reads the same description text (the classic pane adds its "About the job" heading)', () => {
    const start = 'Backend Senior Software Engineer London (Hybrid) £90,000 - £100,000 Here at Data Idols';
    expect(readValue(sdui.description).startsWith(start)).toBe(true);
    expect(readValue(classic.description).startsWith(`About the job ${start}`)).toBe(true);
  });

  it('only the classic pane states the workplace (a "Hybrid" pill); the SDUI view gives a reason instead', () => {
    expect(readValue(classic.workplace)).toBe('hybrid');
    expect(sdui.workplace.value).toBeNull();
  });
});

describe('linkedin SDUI search-results pane (real, Motion Recruitment)', () => {
  const url =
    'https://www.linkedin.com/jobs/search-results/?currentJobId=4382994905&keywords=product%20manager';
  const doc = loadFixture(
    'real/linkedin/loggedin-sdui-search-results-detail-pane-motion-recruitment-senior-pm-nyc.html',
  );

  it('reads the pane', () => {
    const p = extractPosting(doc, url);
    expect(p?.jobId).toBe('4382994905');
    expect(p && readValue(p.title)).toBe('Senior Product Manager');
    expect(p && readValue(p.company)).toBe('Motion Recruitment');
    expect(p && readValue(p.location)).toBe('Englewood Cliffs, NJ');
    expect(p && readValue(p.workplace)).toBe('on-site');
    expect(p && readValue(p.payText)).toBe('$95/hr - $135/hr');
  });

  it('lists the 25 SDUI cards with de-duplicated titles; they carry no job id', () => {
    const cards = listCards(doc, url);
    expect(cards).toHaveLength(25);
    expect(cards[0]).toMatchObject({
      jobId: null,
      title: 'Senior Product Manager',
      company: 'Motion Recruitment',
      payText: '$95/hr - $135/hr',
    });
    expect(cards.filter((c) => c.payText !== null).length).toBe(9);
    expect(cards.every((c) => c.title !== null && !/Verified job/.test(c.title))).toBe(true);
  });
});

describe('linkedin classic search list', () => {
  it('lists the sample cards with ids, titles without the "with verification" duplicate, pay and company', () => {
    const doc = loadFixture('samples/linkedin-search.html');
    const url = 'https://www.linkedin.com/jobs/search/?currentJobId=4400000011&keywords=ai%20leadership';
    const cards = listCards(doc, url);
    expect(cards).toHaveLength(12);
    expect(new Set(cards.map((c) => c.jobId)).size).toBe(12);
    expect(cards[0]).toMatchObject({
      jobId: '4400000011',
      title: 'Chief AI Officer',
      company: 'Quantia Bank',
      payText: '$350K/yr - $480K/yr',
    });
    expect(cards[2]).toMatchObject({ jobId: '4400000013', title: 'Head of Machine Learning', payText: null });
    expect(cards.find((c) => c.jobId === '4400000016')?.title).toBe('Data Analyst');
    const pane = extractPosting(doc, url);
    expect(pane?.jobId).toBe('4400000011');
    expect(pane && readValue(pane.title)).toBe('Chief AI Officer');
  });

  it('swapping in a <template> pane changes what is read', () => {
    const doc = loadFixture('samples/linkedin-search.html');
    const template = doc.querySelector<HTMLTemplateElement>('template[data-job-id="4400000012"]');
    const container = doc.querySelector('.jobs-search__job-details--container');
    if (!template || !container) expect.fail('sample lacks its template or pane');
    container.replaceChildren(template.content.cloneNode(true));
    const p = extractPosting(doc, 'https://www.linkedin.com/jobs/search/?currentJobId=4400000012');
    expect(p && readValue(p.title)).toBe('Director of AI');
    expect(p && readValue(p.payText)).toBe('$210K/yr - $260K/yr');
    expect(p && readValue(p.workplace)).toBe('on-site');
  });

  it('lists the real UK list (25 cards, 3 with pay)', () => {
    const cards = listCards(
      loadFixture('real/linkedin/loggedin-classic-search-results-list-junior-swe-uk.html'),
      'https://www.linkedin.com/jobs/search/?keywords=junior%20software%20engineer',
    );
    expect(cards).toHaveLength(25);
    expect(cards[0]).toMatchObject({
      jobId: '4434223063',
      title: 'Software Engineer',
      company: 'Proper Recruitment',
      payText: '£40K/yr - £80K/yr',
    });
    expect(cards.filter((c) => c.payText !== null)).toHaveLength(3);
  });
});

describe('linkedin negative sample', () => {
  it('reads the Retail Store Manager posting as it is', () => {
    const p = posting(
      'samples/linkedin-guest-non-ai.html',
      'https://www.linkedin.com/jobs/view/retail-store-manager-at-pinecrest-outfitters-4400000099',
    );
    expect(readValue(p.title)).toBe('Retail Store Manager');
    expect(readValue(p.company)).toBe('Pinecrest Outfitters');
    expect(readValue(p.payText)).toBe('$62,000.00/yr - $74,000.00/yr');
  });
});

describe('linkedin location when its element is gone (DOM-mutation fuzz counterexamples)', () => {
  it('never reads the applicants count of a guest page as the location', () => {
    for (const [path, url] of [
      [
        'real/linkedin/guest-api-jobposting-linkedin-principal-staff-swe.html',
        'https://www.linkedin.com/jobs/view/principal-staff-software-engineer-development-infrastructure-at-linkedin-4415502323',
      ],
      [
        'real/linkedin/guest-api-jobposting-tcs-senior-dotnet-developer.html',
        'https://www.linkedin.com/jobs/view/4422277574/',
      ],
    ] as const) {
      const doc = loadFixture(path);
      const place = doc.querySelector(
        '.topcard__flavor--bullet:not(.num-applicants__figure, .num-applicants__caption)',
      );
      expect(place).not.toBeNull();
      place?.remove();
      expect(extractPosting(doc, url)?.location.value ?? null, path).toBeNull();
    }
  });

  it('never reads the separator, time or applicants of the classic pane as the location', () => {
    const doc = loadFixture('real/linkedin/loggedin-classic-search-detail-pane-4433946496-data-idols.html');
    const url = 'https://www.linkedin.com/jobs/search/?currentJobId=4433946496';
    const line = doc.querySelector(
      '.job-details-jobs-unified-top-card__tertiary-description-container span[dir]',
    );
    for (let removed = 0; removed < 4; removed++) {
      line?.firstElementChild?.remove();
      expect(extractPosting(doc, url)?.location.value ?? null, `${removed + 1} removed`).toBeNull();
    }
  });
});
