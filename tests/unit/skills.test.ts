// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { loadDetailData } from '../../data/details';
import type { Skill } from '../../data/schema';
import { checkSkills } from '../../lib/engine/skills';
import { compilePhrases, words } from '../../lib/engine/text-match';

const skill = (id: string, group: Skill['group'], phrases: string[], roles: Skill['roles'] = []): Skill => ({
  id,
  group,
  label: id,
  phrases,
  roles,
  sources: ['seed-card'],
});

const SKILLS: Skill[] = [
  skill('eu_ai_act', 'governance', ['eu ai act', 'ai act'], ['caio', 'head_ai']),
  skill('iso_42001', 'governance', ['iso/iec 42001', 'iso 42001'], ['caio']),
  skill('nist_rmf', 'governance', ['nist ai rmf', 'ai risk management framework'], ['caio']),
  skill('llm', 'technical', ['large language model', 'llm'], ['head_ai']),
  skill('fine_tuning', 'technical', ['fine-tuning'], []),
  skill('mlops', 'technical', ['ml-ops'], ['head_ai']),
  skill('ray', 'tools', ['ray serve', 'ray tune'], []),
  skill('cpp', 'tools', ['c++'], []),
  skill('ai_strategy', 'business', ['ai strategy'], ['caio', 'head_ai']),
];

const mentionedIds = (description: string) =>
  checkSkills(description, null, SKILLS).mentioned.map((m) => m.id);

describe('checkSkills: what a posting mentions', () => {
  it('matches case-insensitively across punctuation, and reports the data phrase that matched', () => {
    const report = checkSkills('Own compliance with the EU AI Act and ISO/IEC 42001:2023.', null, SKILLS);
    expect(report.mentioned).toEqual([
      { id: 'eu_ai_act', group: 'governance', phrase: 'eu ai act' },
      { id: 'iso_42001', group: 'governance', phrase: 'iso/iec 42001' },
    ]);
  });

  it('folds plurals and possessives: "LLMs", "large language models", "the EU\'s AI Act"', () => {
    expect(mentionedIds('Experience shipping LLMs.')).toEqual(['llm']);
    expect(mentionedIds('Deep knowledge of large language models')).toEqual(['llm']);
    expect(mentionedIds('Readiness for the EU’s AI Act')).toEqual(['eu_ai_act']);
  });

  it('treats hyphen, space and joined spellings of a compound as one', () => {
    for (const text of ['fine-tuning', 'fine tuning', 'finetuning', 'Fine-Tuning']) {
      expect(mentionedIds(`Hands-on ${text} experience`)).toEqual(['fine_tuning']);
    }
    for (const text of ['MLOps', 'ML Ops', 'ML-Ops'])
      expect(mentionedIds(`Build ${text} at scale`)).toEqual(['mlops']);
  });

  it('keeps "+" and "#" on a word: "C++" matches, "C" alone does not', () => {
    expect(mentionedIds('Strong C++ skills')).toEqual(['cpp']);
    expect(mentionedIds('Grade C candidates')).toEqual([]);
  });

  it('is not substring soup', () => {
    // "ai act" inside "paid action", "llm" inside "fullmoon", "ray" inside "array" and "X-ray".
    expect(mentionedIds('A paid action plan. Fullmoon events. An array of X-ray servers.')).toEqual([]);
    // "ray" is only ever listed qualified, so a person called Ray is not the framework.
    expect(mentionedIds('You will report to Ray Smith, who serves the board')).toEqual([]);
    expect(mentionedIds('Deploy models with Ray Serve')).toEqual(['ray']);
  });

  it('never lets a phrase span a sentence or list break', () => {
    expect(mentionedIds('We build with AI. Act fast and own the roadmap')).toEqual([]);
    expect(mentionedIds('Tools: AI\nAct as owner')).toEqual([]);
    expect(mentionedIds('AI; act quickly')).toEqual([]);
    // A slash, a hyphen or a colon without a space keeps words together.
    expect(mentionedIds('ISO/IEC-42001')).toEqual(['iso_42001']);
  });

  it('reads letters beyond ASCII as word characters and lower-cases them', () => {
    const german = compilePhrases([{ key: 'ki', phrases: ['künstliche intelligenz'] }]);
    expect(german.firstHits(german.scan('Erfahrung mit KÜNSTLICHE INTELLIGENZ')).has('ki')).toBe(true);
    expect(german.firstHits(german.scan('Erfahrung mit Künstlichem')).size).toBe(0);
  });
});

describe('checkSkills: what the role checklist expects', () => {
  it("lists the role's expected items the posting leaves out, in data order", () => {
    const report = checkSkills('Define our AI strategy and govern it under the NIST AI RMF.', 'caio', SKILLS);
    expect(report.mentioned.map((m) => m.id)).toEqual(['nist_rmf', 'ai_strategy']);
    expect(report.expectedMissing).toEqual(['eu_ai_act', 'iso_42001']);
  });

  it('expects nothing without a role, and reports nothing when the description could not be read', () => {
    expect(checkSkills('Nothing relevant here', null, SKILLS).expectedMissing).toEqual([]);
    expect(checkSkills(null, 'caio', SKILLS)).toEqual({ mentioned: [], expectedMissing: [] });
  });
});

describe('text-match building blocks', () => {
  it('words() folds the same way for phrases as for text', () => {
    expect(words("ISO/IEC 42001:2023, the EU's policies & processes")).toEqual([
      'iso',
      'iec',
      '42001',
      '2023',
      'the',
      'eu',
      'policy',
      'process',
    ]);
    expect(words('class boss AWS')).toEqual(['class', 'boss', 'aws']);
  });

  it('matchAt prefers the longest phrase at a position', () => {
    const matcher = compilePhrases([
      { key: 'short', phrases: ['ai'] },
      { key: 'long', phrases: ['ai act'] },
    ]);
    const scanned = matcher.scan('the AI Act');
    expect(matcher.matchAt(scanned, 1)).toMatchObject({ key: 'long', start: 1, length: 2 });
    expect(matcher.matchAt(scanned, 0)).toBeNull();
  });
});

describe('checkSkills speed', () => {
  it('checks ~60 items against a 100 KB description', () => {
    const groups = ['technical', 'governance', 'business', 'tools'] as const;
    const terms = [
      'nist ai rmf',
      'iso/iec 42001',
      'eu ai act',
      'ai governance',
      'responsible ai',
      'model risk management',
      'bias testing',
      'fairness',
      'ai ethics',
      'impact assessment',
      'ai literacy',
      'model cards',
      'red teaming',
      'ai safety',
      'privacy',
      'gdpr',
      'soc 2',
      'audit',
      'risk management',
      'compliance',
      'machine learning',
      'deep learning',
      'llm',
      'large language model',
      'generative ai',
      'mlops',
      'model evaluation',
      'fine-tuning',
      'retrieval augmented generation',
      'vector search',
      'computer vision',
      'nlp',
      'reinforcement learning',
      'data architecture',
      'data platform',
      'model monitoring',
      'drift',
      'foundation model',
      'agents',
      'prompt engineering',
      'ai strategy',
      'p&l',
      'budget',
      'change management',
      'board reporting',
      'stakeholder management',
      'roadmap',
      'business case',
      'roi',
      'vendor management',
      'hiring',
      'team building',
      'executive communication',
      'product strategy',
      'go-to-market',
      'pytorch',
      'tensorflow',
      'kubernetes',
      'aws',
      'sagemaker',
    ];
    const many: Skill[] = terms.map((term, k) =>
      skill(`s${k}`, groups[k % 4] ?? 'tools', [term, `${term} x`], ['caio']),
    );
    const paragraph =
      'As our Head of AI you will own the roadmap for machine learning and generative AI products, ' +
      'lead a team of engineers, and report to the CEO. You will set up model evaluation, monitoring for drift, ' +
      'and responsible practices aligned with the NIST AI RMF. Experience with PyTorch, Kubernetes and AWS is ' +
      'a plus; we value clear executive communication, budget ownership and a pragmatic approach to risk. ' +
      "We're an equal-opportunity employer — “curly quotes”, café, naïve, 200,000 users, node.js.\n";
    const description = paragraph.repeat(Math.ceil(100_000 / paragraph.length));
    expect(description.length).toBeGreaterThanOrEqual(100_000);

    const first = checkSkills(description, 'caio', many);
    expect(first.mentioned.length).toBeGreaterThan(5);
  });
});

describe('checkSkills: the bundled checklist on what 2026 AI-leadership postings ask for', () => {
  const bundled = loadDetailData().skills;
  const found = (description: string) => checkSkills(description, null, bundled).mentioned.map((m) => m.id);

  it('reads "the AI Act" as the EU\'s, but not a US state\'s AI Act', () => {
    expect(found('Prepare the company for the AI Act.')).toContain('eu_ai_act');
    expect(found('Lead AI Act compliance across the group.')).toContain('eu_ai_act');
    expect(found('Govern models under the NIST AI RMF and the Colorado AI Act.')).not.toContain('eu_ai_act');
  });

  it('finds each item added for 2026 postings in a sentence a posting would write', () => {
    const cases: [string, string][] = [
      ['Prepare the company for the AI Act.', 'eu_ai_act'],
      ['Own compliance with GDPR and other data protection rules.', 'data_privacy'],
      ['Run red-teaming and guard against prompt injection.', 'ai_security'],
      ['Ship agentic systems and AI agents to production.', 'agentic_ai'],
      ['Decide when to fine-tune and when to use retrieval-augmented generation.', 'fine_tuning'],
      ['Decide when to fine-tune and when to use retrieval-augmented generation.', 'vector_search_rag'],
      ['Build RAG-based assistants.', 'vector_search_rag'],
      ['Models from Anthropic and OpenAI.', 'anthropic'],
      ['Experience with Claude Code and the Gemini API.', 'anthropic'],
      ['Experience with Claude Code and the Gemini API.', 'google_gemini'],
      ['Open-weight models such as Llama 3 and Mistral.', 'meta_llama'],
      ['Open-weight models such as Llama 3 and Mistral.', 'mistral'],
      ['Embeddings through the Cohere API.', 'cohere'],
      ['Orchestration with LangChain or LlamaIndex.', 'langchain'],
      ['Orchestration with LangChain or LlamaIndex.', 'llamaindex'],
      ['Track experiments in MLflow or Weights & Biases.', 'mlflow'],
      ['Track experiments in MLflow or Weights & Biases.', 'weights_biases'],
      ['Vector stores such as Pinecone or pgvector.', 'vector_databases'],
      ['Deploy on Amazon Bedrock.', 'aws'],
    ];
    for (const [text, id] of cases) expect(found(text), text).toContain(id);
  });

  it('no longer takes a budget figure or the words "C-suite" for a skill', () => {
    expect(found('A budget of $2M for tooling.')).not.toContain('ai_budget');
    expect(found('Partner with the C-suite and C-level leaders.')).not.toContain('board_communication');
    // The phrases that do name the skill still count.
    expect(found('Full P&L responsibility.')).toContain('ai_budget');
    expect(found('Present to the board of directors.')).toContain('board_communication');
  });

  it('leaves the everyday words behind the qualified vendor names alone', () => {
    expect(
      found('Contact Claude Martin; our teams cohere around Gemini season and the model weights and biases.'),
    ).toEqual([]);
  });
});
