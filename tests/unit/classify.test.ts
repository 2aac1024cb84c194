import { describe, expect, it } from 'vitest';
import { ROLE_IDS } from '../../data/schema';
import {
  AI_CENTRED_PER_100_WORDS,
  aiTermDensity,
  classifyTitle,
  isAiCentred,
  isAiLeadership,
} from '../../lib/engine/classify';
import { titleTokens } from '../../lib/engine/title-normalise';
import { bundledRoles } from '../eval-titles';

const roles = bundledRoles();
const id = (title: string, description?: string) =>
  classifyTitle(title, roles, description === undefined ? undefined : { description })?.id ?? null;

describe('data/roles.json', () => {
  it('has the nine roles once each, CTO and CDO as compared (non-AI) roles', () => {
    expect(roles.map((r) => r.id).sort()).toEqual([...ROLE_IDS].sort());
    const nonAi = roles.filter((r) => !r.aiRole).map((r) => r.id);
    expect(nonAi.sort()).toEqual(['cdo', 'cto']);
  });

  it('gives every fact a source, or says it found none with low confidence', () => {
    for (const role of roles) {
      for (const fact of [
        role.scope,
        role.reportsTo,
        role.boardAccountability,
        role.experience,
        role.reachedFrom,
      ]) {
        // That each cited source exists in data/sources.json is tests/unit/data.test.ts's to check.
        if (fact.text.startsWith('Not found in sources')) expect(fact.confidence).toBe('low');
        else expect(fact.sources.length).toBeGreaterThan(0);
      }
    }
  });

  it('keeps title forms lower case and punctuation-free', () => {
    for (const role of roles) {
      for (const form of [...Object.values(role.titles).flat(), ...role.abbreviations]) {
        expect(form).toBe(form.toLowerCase());
        expect(form).not.toMatch(/[^\p{L}\p{N} ]/u);
      }
    }
  });
});

describe('titleTokens', () => {
  it('folds dotted forms, rank abbreviations, gender tags and grammar', () => {
    expect(titleTokens('Sr. V.P. of A.I. (m/w/d)')).toEqual(['vp', 'ai']);
    expect(titleTokens("Directeur(trice) de l'IA (H/F)")).toEqual(['directeur', 'ai']);
    expect(titleTokens('Directeur adjoint IA')).toEqual(['deputy', 'directeur', 'ai']);
    expect(titleTokens('GPM, AI')).toEqual(['group', 'product', 'manager', 'ai']);
    expect(titleTokens('Teamlead Machine Learning')).toEqual(['team', 'lead', 'ai']);
  });

  it('names the AI field with one token in every language, once for a pair such as AI/ML', () => {
    expect(titleTokens('Leiter:in Künstliche Intelligenz')).toEqual(['leiter', 'ai']);
    expect(titleTokens('Executive Vice President, AI/ML')).toEqual(['vp', 'ai']);
    expect(titleTokens('Head of Large Language Models')).toEqual(['head', 'ai']);
    expect(titleTokens('Director of Natural Language Processing & Computer Vision')).toEqual([
      'director',
      'ai',
    ]);
    expect(titleTokens('Jefe de Inteligencia Artificial')).toEqual(['jefe', 'ai']);
    // Data science and intelligence alone are other fields; a word containing "ai" or "ki" is not the field.
    expect(titleTokens('Head of Data Science')).toEqual(['head', 'data', 'science']);
    expect(titleTokens('Head of Intelligence')).toEqual(['head', 'intelligence']);
    expect(titleTokens('Leiter Kita, Retail')).toEqual(['leiter', 'kita', 'retail']);
  });

  it('drops a bracketed acronym that only restates the words before it', () => {
    expect(titleTokens('Information Assurance (IA) Manager')).toEqual([
      'information',
      'assurance',
      'manager',
    ]);
    expect(titleTokens('Chief Diversity Officer (CDO)')).toEqual(['chief', 'diversity', 'officer']);
    expect(titleTokens('Chief AI Officer (CAIO)')).toEqual(['chief', 'ai', 'officer', 'caio']);
    expect(titleTokens('Directeur Technique (CTO)')).toEqual(['directeur', 'technique', 'cto']);
  });

  it('ignores zero-width characters, soft hyphens and direction marks inside words (fuzz counterexample)', () => {
    expect(titleTokens('C\u200bhief AI Officer')).toEqual(['chief', 'ai', 'officer']);
    expect(id('C\u200bhief AI Officer')).toBe('caio');
    expect(id('Head of Ma\u00adchine Learn\u200ding')).toBe('head_ai');
    expect(id('\u200fDirector of AI\u200e')).toBe('director_ai');
  });
});

describe('classifyTitle by family', () => {
  it.each([
    ['Chief AI Officer', 'caio'],
    ['VP of AI', 'vp_ai'],
    ['Head of Machine Learning', 'head_ai'],
    ['Director of Engineering, Machine Learning', 'director_ai'],
    ['Engineering Manager, Machine Learning', 'ai_manager'],
    ['Head of AI Product', 'ai_product_lead'],
    ['Group Product Manager, AI', 'ai_product_lead'],
    ['Lead AI Research Scientist', 'ai_research_lead'],
    ['Research Director, AI', 'ai_research_lead'],
  ])('positive: %s -> %s', (title, expected) => expect(id(title)).toBe(expected));

  it.each([
    ['CAIO', 'caio'],
    ['SVP, AI', 'vp_ai'],
    ['EVP, Machine Learning', 'vp_ai'],
    ['Sr. Dir., AI', 'director_ai'],
    ['Hd. of ML', 'head_ai'],
    ['V.P. of A.I.', 'vp_ai'],
    ['C.T.O.', 'cto'],
  ])('abbreviated or dotted: %s -> %s', (title, expected) => expect(id(title)).toBe(expected));

  it.each([
    ['Chief Data & AI Officer', 'caio'],
    ['Chief Data & Analytics Officer', 'cdo'],
    ['Co-Founder & CTO', 'cto'],
    ['EVP & Chief AI Officer', 'caio'],
    ['CTO & Head of AI', 'cto'],
    ['SVP, Head of AI', 'vp_ai'],
  ])('combined: %s -> %s', (title, expected) => expect(id(title)).toBe(expected));

  it.each([
    ['Interim Chief AI Officer', 'caio'],
    ['Fractional CAIO | Series B', 'caio'],
    ['Deputy Chief AI Officer', 'vp_ai'],
    ['Deputy Head of AI', 'director_ai'],
    ['Deputy CTO', null],
    ['Head of AI - Remote (f/m/x)', 'head_ai'],
  ])('qualifier: %s -> %s', (title, expected) => expect(id(title)).toBe(expected));

  it.each([
    ['Leiter KI (m/w/d)', 'head_ai'],
    ['Leiterin Künstliche Intelligenz', 'head_ai'],
    ['Head of KI', 'head_ai'],
    ['Responsable IA (H/F)', 'head_ai'],
    ["Directeur de l'Intelligence Artificielle", 'director_ai'],
    ['Directrice IA', 'director_ai'],
    ['Director de Inteligencia Artificial', 'director_ai'],
    ['Jefe de IA', 'head_ai'],
    ['Leiter Vertrieb KI-Lösungen', null],
    ['Chef de projet IA', null],
  ])('de / fr / es: %s -> %s', (title, expected) => expect(id(title)).toBe(expected));

  it.each([
    'AI Engineer',
    'Senior Machine Learning Engineer',
    'Lead AI Engineer',
    'AI Product Manager',
    'Prompt Engineer',
    'Chief of Staff to the CAIO',
    'Executive Assistant to the Chief AI Officer',
    'Chief Digital Officer',
    'Chief Transformation Officer (CTO)',
    'Chief Diversity Officer (CDO)',
    'Chief Innovation Officer',
    'Head of Sales, AI Platform',
    'VP Marketing, AI products',
    'Program Manager, AI',
    'Artificial Insemination Technician (AI Technician)',
    'Retail Manager',
    'Fundraising Director',
    'Field CTO',
    'Director of Data Science',
  ])('trap stays null: %s', (title) => expect(id(title)).toBeNull());

  it('names the deciding form in the evidence and scores an exact title highest', () => {
    const exact = classifyTitle('Chief AI Officer', roles);
    expect(exact?.evidence).toEqual({ by: 'phrase', text: 'chief ai officer' });
    expect(exact?.level).toBe('c-suite');
    const bridged = classifyTitle('Head of Platform & Machine Learning', roles);
    expect(bridged?.evidence).toEqual({ by: 'phrase', text: 'head of ai' });
    expect(bridged?.confidence).toBeLessThan(exact?.confidence ?? 0);
    expect(classifyTitle('Fractional CTO', roles)?.evidence).toEqual({ by: 'abbreviation', text: 'cto' });
    expect(classifyTitle('Deputy CAIO', roles)?.evidence).toEqual({
      by: 'abbreviation',
      text: 'caio',
      adjusted: 'deputy',
    });
    expect(classifyTitle('VP, Head of AI', roles)?.evidence).toMatchObject({ adjusted: 'vp-rank' });
  });

  it.each([
    ['Head of Natural Language Processing', 'head_ai'],
    ['Engineering Manager, Large Language Models', 'ai_manager'],
    ['Manager Künstliche Intelligenz (m/w/d)', 'ai_manager'],
    ['Staff Engineering Manager, AI', 'ai_manager'],
    ['Assistant Director, AI', 'director_ai'],
    ['ML Platform Engineering Manager', 'ai_manager'],
    ['Head of Innovation & AI', 'head_ai'],
    ['Chief Technology & Innovation Officer', 'cto'],
    ['VP, Product Management - AI', 'ai_product_lead'],
    ['Chief Scientist, Machine Learning', 'ai_research_lead'],
    ['Gruppenleiter KI (m/w/d)', 'ai_manager'],
    ['Directora de IA y Datos', 'director_ai'],
    ['Vice President, Machine Learning Engineer', null],
    ['HR Director - AI Division', null],
    ['Head of AI Customer Success', null],
    ['Information Assurance (IA) Manager', null],
    ['Executive Assistant to the VP of Machine Learning', null],
    ['Chief of Staff - Machine Learning', null],
  ])('general rules: %s -> %s', (title, expected) => expect(id(title)).toBe(expected));

  it.each([
    ['Chief Responsible AI Officer', 'caio'],
    ['VP, AI Ethics', 'vp_ai'],
    ['Head of AI Governance', 'head_ai'],
    ['Director, Responsible AI', 'director_ai'],
    ['Head of Trustworthy AI', 'head_ai'],
    ['Director of AI Safety', 'director_ai'],
    ['Head of AI Policy', 'head_ai'],
    ['AI Assurance Manager', 'ai_manager'],
    ['Head of AI Risk and Compliance', 'head_ai'],
    ['Responsible AI Lead', 'ai_manager'],
    ['Lead, AI Ethics', 'ai_manager'],
    ['Leiter KI-Governance (m/w/d)', 'head_ai'],
    ["Directeur gouvernance de l'IA", 'director_ai'],
    ['Responsable IA responsable (H/F)', 'head_ai'],
    ['Jefe de Gobernanza de IA', 'head_ai'],
  ])('AI governance keeps its rank and gets the governance focus: %s -> %s', (title, expected) => {
    const match = classifyTitle(title, roles);
    expect(match?.id).toBe(expected);
    expect(match?.focus).toBe('governance');
    expect(match?.evidence.governance?.length).toBeGreaterThan(0);
  });

  it.each([
    'AI Governance Analyst',
    'Responsible AI Engineer',
    'Lead Responsible AI Engineer',
    'Tech Lead, Responsible AI',
    'AI Lead',
    'Head of Sales, AI Platform',
    'Director of Marketing, AI',
    'Head of AI Governance Sales',
    'Program Manager, AI Governance',
    'Chief of Staff, Responsible AI',
    'Chief Risk Officer',
    'Head of Data Governance',
  ])('AI governance individual contributors and other functions stay null: %s', (title) =>
    expect(id(title)).toBeNull(),
  );

  it('gives no focus to an AI title without governance words, nor to a compared role', () => {
    expect(classifyTitle('Head of AI', roles)).not.toHaveProperty('focus');
    expect(classifyTitle('Machine Learning Engineering Manager, Trust & Safety', roles)).not.toHaveProperty(
      'focus',
    );
    expect(classifyTitle('CTO & Head of Responsible AI', roles)).toEqual(
      expect.objectContaining({ id: 'cto' }),
    );
    expect(classifyTitle('CTO & Head of Responsible AI', roles)).not.toHaveProperty('focus');
  });

  it.each([
    ['Senior Director, Software Engineering (ML)', 'director_ai'],
    ['Senior Engineering Manager, Core ML', 'ai_manager'],
    ['CVP, Machine Learning', 'vp_ai'],
    ['Director of Engineering, Healthcare AI', 'director_ai'],
    ['Manager, Data Science - Fraud AI', 'ai_manager'],
    ['Head of Engineering, Sales AI', null],
    ['Director of Technology, Ventas IA', null],
    ['CTO Office - Associate (m/f/d)', null],
    ['Chief AI Officer Office Manager', null],
    ['Fractional CTO', 'cto'],
  ])("a kind of AI after a scope, a chief's office, CVP: %s -> %s", (title, expected) =>
    expect(id(title)).toBe(expected),
  );

  it('gives functional leads the rank their title states', () => {
    expect(classifyTitle('VP of AI Research', roles)?.level).toBe('vp');
    expect(classifyTitle('Head of AI Product', roles)?.level).toBe('head');
  });

  it('drops a bare abbreviation when the description spells out another officer', () => {
    expect(id('CDO', 'As our Chief Digital Officer you will lead the digital agenda.')).toBeNull();
    expect(id('CDO', 'As our Chief Data Officer you will own data governance.')).toBe('cdo');
    expect(id('CTO', 'The Chief Transformation Officer leads the restructuring.')).toBeNull();
  });

  it('compiles each roles array once and gives the same answer from the cache', () => {
    const first = classifyTitle('Head of AI', roles);
    expect(classifyTitle('Head of AI', roles)).toEqual(first);
    expect(classifyTitle('Head of AI', roles.slice(0, 3))).toBeNull();
  });
});

const ORDINARY_CTO = `We are a logistics software company looking for a Chief Technology Officer to lead our
engineering organisation of 80 people. You will own the technology strategy, the platform architecture and
the delivery roadmap, hire and grow engineering managers, and work with the CEO and the board on budgets.
Our stack is TypeScript, Go, PostgreSQL and Kubernetes on AWS. You will improve reliability, security and
developer productivity, and keep an eye on new tools such as AI assistants for coding. You have led teams
of more than 50 engineers, scaled a SaaS product and managed cloud costs.`;

const AI_CENTRED_CTO = `We are an AI-first company and need a Chief Technology Officer to lead our AI strategy.
You will own our machine learning platform, our generative AI products and the LLM evaluation pipeline.
You will lead the ML research and ML engineering teams, choose foundation models, run MLOps at scale and
set AI governance with the legal team. You have shipped deep learning systems and large language model
products to production, and you can explain AI risk to the board.`;

describe('isAiLeadership', () => {
  const cto = classifyTitle('Chief Technology Officer', roles);
  const headOfAi = classifyTitle('Head of AI', roles);

  it('is true for an AI role whatever the description', () => {
    expect(isAiLeadership(headOfAi, null, roles)).toBe(true);
    expect(isAiLeadership(headOfAi, ORDINARY_CTO, roles)).toBe(true);
  });

  it('is true for a CTO only when the description centres on AI', () => {
    expect(isAiLeadership(cto, AI_CENTRED_CTO, roles)).toBe(true);
    expect(isAiLeadership(cto, ORDINARY_CTO, roles)).toBe(false);
    expect(isAiLeadership(cto, null, roles)).toBe(false);
    expect(isAiLeadership(null, AI_CENTRED_CTO, roles)).toBe(false);
  });

  it('measures AI-term density per 100 words, multi-word terms counted once', () => {
    const ordinary = aiTermDensity(ORDINARY_CTO);
    expect(ordinary.mentions).toBe(1);
    expect(ordinary.per100Words).toBeLessThan(AI_CENTRED_PER_100_WORDS);
    const centred = aiTermDensity(AI_CENTRED_CTO);
    expect(centred.mentions).toBeGreaterThanOrEqual(10);
    expect(centred.per100Words).toBeGreaterThan(AI_CENTRED_PER_100_WORDS * 3);
    expect(aiTermDensity('machine learning').mentions).toBe(1);
    expect(aiTermDensity('Retail email training chair').mentions).toBe(0);
    expect(isAiCentred('AI AI AI')).toBe(true);
    expect(isAiCentred('AI AI')).toBe(false);
    // Three mentions lost in 300 words are not a centre.
    expect(isAiCentred(`AI ML LLM ${'word '.repeat(300)}`)).toBe(false);
  });
});
