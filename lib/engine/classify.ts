// Which of the nine roles a job title names, read from the title forms in data/roles.json.
//
// Decisions (the labelled set in tests/fixtures/titles follows them):
// - A title naming AI at C-level is caio (Chief Data & AI Officer, Chief Technology & AI Officer);
//   Chief Data & Analytics Officer without AI is cdo; Co-Founder & CTO is cto.
// - When a title names two roles, the more specific title form wins (Head of AI Product beats Head of AI),
//   then the higher level (CTO & Head of AI is cto), then the match spanning more of the title.
//   A bare abbreviation counts as a three-word form.
// - Deputy takes one level off a C-suite, VP or head role (Deputy CAIO is vp_ai); a deputy CTO/CDO is not a
//   compared role (null); a UK "Deputy Director" is a grade and stays a director.
// - A "VP" before a head/director AI title makes it vp_ai (SVP, Head of AI).
// - The field is one thing whatever it is called: ML, NLP, LLMs, computer vision, KI and IA all read as AI
//   (lib/title-normalise.ts), so Head of NLP is Head of AI. Data science or intelligence alone is not AI.
// - Nobody around the leader is the leader: a role named after "to", "office", "assistant", "chief of
//   staff", "advisor" (Chief of Staff to the CAIO, Office of the CTO) does not count. "Assistant Director"
//   and "Staff Engineering Manager" are ranks.
// - A rank whose own function is sales, marketing, programmes and the like is not an AI leader even when an
//   AI product is named (Head of Sales, AI Platform; Program Manager, AI). Individual contributors (AI
//   Engineer, Lead AI Engineer, AI Product Manager, AI Governance Analyst) have no title form and stay null,
//   and so does a bank rank on an individual's job (Vice President, ML Engineer).
// - AI governance is part of AI leadership: governance, responsible AI, ethics, trustworthy AI, risk, safety,
//   policy, assurance and compliance named next to the field (Head of AI Governance; Director, Responsible AI;
//   Chief Responsible AI Officer; KI-Governance; gouvernance de l'IA; IA responsable) keep the title's rank and
//   add the governance focus. A governance lead leads the programme (Responsible AI Lead is ai_manager), where
//   a bare AI Lead may be an engineer.
// - A C-suite title followed by "office" names the office, not the officer (CTO Office - Associate).
import type { Role } from '../../data/schema';
import { LEVELS, type Level, type RoleId } from '../../data/vocabulary';
import { AI_TOKEN, textWords, titleTokens, wordSet } from './title-normalise';
import type { RoleMatch, TitleEvidence } from './types';

/** Words that may sit between the words of a title form: "Director of [Engineering], Machine Learning". */
const BRIDGES = wordSet(
  'data science sciences analytics engineering software core technology tech applied conversational enterprise agentic team equipe equipo ingenieria ingenierie technologie tecnologia donnees datos daten pole digital digitalisierung platform infrastructure automation automatisierung innovation transformation robotics insights it ai',
);
const MAX_BRIDGES = 3;

/** A rank preceded by one of these is that function's leader, not an AI leader (Sales Director, AI). */
const FOREIGN_FUNCTION_BEFORE = wordSet(
  'sales vertrieb ventas commercial comercial marketing product program programme project account accounts partner partnerships alliances alliance channel community customer success solutions business brand content growth people talent recruiting finance legal policy governance compliance risk operations delivery engagement client design creative communications events office case field hr resources procurement purchasing tax accounting audit support quality training',
);
/** Words that may join a function word to the rank: "Sales [Engineering] Manager", "Business [Development]". */
const FUNCTION_JOINERS = new Set(['engineering', 'development', 'management', 'operations', 'marketing']);
/** The function named right after the AI words: Head of AI Partnerships, Director of AI Solutions Sales. */
const FOREIGN_FUNCTION_AFTER = wordSet(
  'sales marketing partnerships partner partners alliances legal audit communications comms recruiting recruitment talent evangelism advocacy finance procurement gtm go customer support community content relations growth',
);
/** AI-governance words written after the field: AI Governance, KI-Ethik, IA responsable, IA de confiance. */
const GOVERNANCE_AFTER_AI = wordSet(
  'governance ethics ethik ethique etica risk risks risiko risikomanagement safety policy assurance compliance regulatory regulation regulierung responsable confiance confianza',
);
/** And before it: Responsible AI, Trustworthy AI, gouvernance de l'IA, Data, Privacy and AI Governance. */
const GOVERNANCE_BEFORE_AI = wordSet(
  'responsible trustworthy ethical governance gouvernance gobernanza ethique etica conformite cumplimiento risques riesgos privacy verantwortungsvolle vertrauenswurdige verantwoorde',
);
const SKIPPED_AFTER = new Set(['product', 'solutions', 'platform']);
/** People around the leader: the role named after these words is someone else's. */
const AROUND_LEADER = wordSet(
  'to office assistant assistent assistente asistente advisor adviser secretary ea cabinet gabinete buro',
);
/** "Assistant Director" is a rank, not the director's assistant. */
const ASSISTANT_RANKS = wordSet('director manager head vp');
/** A role word right after the field words makes the title an individual contributor's job whatever rank
 *  sits in front of it (Vice President, Machine Learning Engineer is a bank's ML engineer). */
const INDIVIDUAL_AFTER = wordSet(
  'engineer developer scientist researcher analyst architect specialist consultant designer intern trainer',
);
/** After "Lead <field>", a word that makes the lead part of another title: Lead AI Research Scientist. */
const TITLE_AFTER_LEAD = new Set([...INDIVIDUAL_AFTER, 'research', 'product']);

const RANK_LEVEL = new Map<string, Level>([
  ['vp', 'vp'],
  ['head', 'head'],
  ['leiter', 'head'],
  ['responsable', 'head'],
  ['jefe', 'head'],
  ['director', 'director'],
  ['directeur', 'director'],
  ['direktor', 'director'],
  ['manager', 'manager'],
  ['gerente', 'manager'],
  ['teamleiter', 'manager'],
  ['lead', 'lead'],
]);
const DEPUTY_DEMOTES: ReadonlySet<Level> = new Set(['c-suite', 'vp', 'head']);
const VP_PROMOTES: ReadonlySet<Level> = new Set(['head', 'director']);
/** A bare abbreviation (CTO) weighs as much as its spelled-out form (chief technology officer). */
const ABBREVIATION_WEIGHT = 3;
/** How much of a description is searched for a spelled-out officer title. */
const DESCRIPTION_SCAN = 5000;

interface TitleForm {
  role: Role;
  text: string;
  tokens: string[];
  level: Level;
}

interface CompiledRoles {
  byFirstToken: Map<string, TitleForm[]>;
  abbreviations: Map<string, Role>;
  /** Every form of each role, joined with spaces, to tell "chief diversity officer (cdo)" from a CDO. */
  formKeys: Map<RoleId, Set<string>>;
  byId: Map<RoleId, Role>;
  /** The AI role one level down from each level, for deputies. */
  aiRoleBelow: Map<Level, Role>;
  vpRole: Role | undefined;
}

interface Candidate {
  role: Role;
  level: Level;
  weight: number;
  start: number;
  /** Title tokens the match spans, bridges included. */
  span: number;
  evidence: TitleEvidence;
  bridged: boolean;
  abbreviation: string | null;
}

const cache = new WeakMap<Role[], CompiledRoles>();

function levelRank(level: Level): number {
  return LEVELS.length - LEVELS.indexOf(level);
}

function formLevel(role: Role, tokens: string[]): Level {
  // Functional leads (AI product, AI research) come at every rank; the title's rank word says which.
  if (role.level !== 'lead') return role.level;
  for (const token of tokens) {
    const level = RANK_LEVEL.get(token);
    if (level) return level;
  }
  return role.level;
}

function compile(roles: Role[]): CompiledRoles {
  const byFirstToken = new Map<string, TitleForm[]>();
  const abbreviations = new Map<string, Role>();
  const formKeys = new Map<RoleId, Set<string>>();
  const seen = new Set<string>();
  for (const role of roles) {
    const keys = new Set<string>();
    formKeys.set(role.id, keys);
    const { en, de, fr, es } = role.titles;
    for (const text of [...en, ...de, ...fr, ...es]) {
      const tokens = titleTokens(text);
      const first = tokens[0];
      const key = tokens.join(' ');
      keys.add(key);
      if (first === undefined || seen.has(key)) continue;
      seen.add(key);
      const list = byFirstToken.get(first) ?? [];
      list.push({ role, text, tokens, level: formLevel(role, tokens) });
      byFirstToken.set(first, list);
    }
    for (const abbreviation of role.abbreviations) {
      const token = titleTokens(abbreviation).join('');
      if (token && !abbreviations.has(token)) abbreviations.set(token, role);
    }
  }
  const aiRoleBelow = new Map<Level, Role>();
  for (const level of DEPUTY_DEMOTES) {
    const below = LEVELS[LEVELS.indexOf(level) + 1];
    const role = roles.find((r) => r.aiRole && r.level === below);
    if (role) aiRoleBelow.set(level, role);
  }
  return {
    byFirstToken,
    abbreviations,
    formKeys,
    byId: new Map(roles.map((r) => [r.id, r])),
    aiRoleBelow,
    vpRole: roles.find((r) => r.aiRole && r.level === 'vp'),
  };
}

function compiled(roles: Role[]): CompiledRoles {
  let c = cache.get(roles);
  if (!c) {
    c = compile(roles);
    cache.set(roles, c);
  }
  return c;
}

/** The word at `j` names a kind of AI, right before the field and after a scope: Manager, Software
 *  Engineering - Expressive AI; Director, Product Management - Auth0 AI Products. Right after the rank it may
 *  be a function (Directeur Commercial IA), and a function or rank word is never one (Head of Sales AI). */
function fieldModifier(tokens: string[], j: number): boolean {
  const word = tokens[j] as string;
  return (
    tokens[j + 1] === AI_TOKEN &&
    !FOREIGN_FUNCTION_BEFORE.has(word) &&
    !FOREIGN_FUNCTION_AFTER.has(word) &&
    !RANK_LEVEL.has(word) &&
    !AROUND_LEADER.has(word)
  );
}

/** Where the form ends when it starts at `start`, or null. Bridge words may sit between its words, but the
 *  AI field only inside an AI role's form (Director de IA y Datos is not a Director de Datos). */
function matchEnd(
  tokens: string[],
  start: number,
  form: TitleForm,
): { end: number; bridged: boolean } | null {
  let j = start + 1;
  let bridged = false;
  for (let k = 1; k < form.tokens.length; k++) {
    const want = form.tokens[k];
    let skipped = 0;
    while (j < tokens.length && tokens[j] !== want) {
      const word = tokens[j] as string;
      if (skipped === MAX_BRIDGES || (word === AI_TOKEN && !form.role.aiRole)) return null;
      if (!BRIDGES.has(word) && !(want === AI_TOKEN && j > start + 1 && fieldModifier(tokens, j)))
        return null;
      skipped++;
      j++;
    }
    if (j >= tokens.length) return null;
    if (skipped > 0) bridged = true;
    j++;
  }
  return { end: j - 1, bridged };
}

function aroundLeader(tokens: string[], start: number): boolean {
  for (let i = 0; i < start; i++) {
    const token = tokens[i] as string;
    // Chief of Staff works for the leader; Staff Engineering Manager is a rank.
    if (token === 'staff' && tokens[i - 1] === 'chief') return true;
    if (!AROUND_LEADER.has(token)) continue;
    if (token === 'assistant' && ASSISTANT_RANKS.has(tokens[i + 1] as string)) continue;
    return true;
  }
  return false;
}

function foreignFunctionBefore(tokens: string[], start: number): boolean {
  const before = tokens[start - 1];
  if (before !== undefined) {
    if (FOREIGN_FUNCTION_BEFORE.has(before)) return true;
    const twoBefore = tokens[start - 2];
    if (FUNCTION_JOINERS.has(before) && twoBefore !== undefined && FOREIGN_FUNCTION_BEFORE.has(twoBefore)) {
      return true;
    }
  }
  return false;
}

function foreignFunctionAfter(tokens: string[], end: number): boolean {
  if (INDIVIDUAL_AFTER.has(tokens[end + 1] as string)) return true;
  let k = end + 1;
  while (k < tokens.length && SKIPPED_AFTER.has(tokens[k] as string)) k++;
  const after = tokens[k];
  return after !== undefined && FOREIGN_FUNCTION_AFTER.has(after);
}

interface GovernanceRead {
  /** The title's tokens without the governance words, so the rank reads as in any AI title. */
  tokens: string[];
  /** The governance words, in title order: "responsible", "governance". */
  words: string[];
}

/** The AI-governance words written next to the field, or null when there are none. A governance lead
 *  (Responsible AI Lead; Lead, AI Ethics) is read as a manager. */
function governanceRead(tokens: string[]): GovernanceRead | null {
  let found: { dropped: Set<number>; leads: Set<number> } | undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] !== AI_TOKEN) continue;
    let before = i - 1;
    while (before >= 0 && GOVERNANCE_BEFORE_AI.has(tokens[before] as string)) before--;
    let after = i + 1;
    while (after < tokens.length && GOVERNANCE_AFTER_AI.has(tokens[after] as string)) after++;
    if (before === i - 1 && after === i + 1) continue;
    found ??= { dropped: new Set(), leads: new Set() };
    for (let k = before + 1; k < after; k++) if (k !== i) found.dropped.add(k);
    // The rank "lead" right after the phrase, or opening the title before it unless another title follows
    // (Lead, Responsible AI; not Lead Responsible AI Research Scientist).
    if (tokens[after] === 'lead') found.leads.add(after);
    if (before === 0 && tokens[0] === 'lead' && !TITLE_AFTER_LEAD.has(tokens[after] as string))
      found.leads.add(0);
  }
  if (!found) return null;
  const kept: string[] = [];
  const words: string[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as string;
    if (found.dropped.has(k)) words.push(token);
    else kept.push(found.leads.has(k) ? 'manager' : token);
  }
  return { tokens: kept, words };
}

/** "chief diversity officer" spelled out in the text with the initials of the abbreviation, and not a form
 *  of the abbreviation's role: then the abbreviation means that other officer. */
function otherExpansion(tokens: string[], abbreviation: string, keys: Set<string> | undefined): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] !== 'chief') continue;
    for (let j = i + 2; j < tokens.length && j <= i + 5; j++) {
      if (tokens[j] !== 'officer') continue;
      const span = tokens.slice(i, j + 1);
      const initials = span.map((t) => t[0]).join('');
      if (initials === abbreviation && !keys?.has(span.join(' '))) return true;
    }
  }
  return false;
}

/** "CTO Office": the officer's office, whose staff are not the officer. */
function namesOffice(tokens: string[], end: number, level: Level): boolean {
  return level === 'c-suite' && tokens[end + 1] === 'office';
}

/** The role named at `start` belongs to someone around the leader, or to a non-AI function. */
function blocked(tokens: string[], start: number): boolean {
  return aroundLeader(tokens, start) || foreignFunctionBefore(tokens, start);
}

function better(a: Candidate, b: Candidate): boolean {
  if (a.weight !== b.weight) return a.weight > b.weight;
  const la = levelRank(a.level);
  const lb = levelRank(b.level);
  if (la !== lb) return la > lb;
  if (a.span !== b.span) return a.span > b.span;
  return a.role.aiRole && !b.role.aiRole;
}

function candidates(tokens: string[], c: CompiledRoles): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    const forms = c.byFirstToken.get(token);
    if (forms) {
      for (const form of forms) {
        const m = matchEnd(tokens, i, form);
        if (
          !m ||
          blocked(tokens, i) ||
          foreignFunctionAfter(tokens, m.end) ||
          namesOffice(tokens, m.end, form.level)
        )
          continue;
        found.push({
          role: form.role,
          level: form.level,
          weight: form.tokens.length,
          start: i,
          span: m.end - i + 1,
          evidence: { by: 'phrase', text: form.text },
          bridged: m.bridged,
          abbreviation: null,
        });
      }
    }
    const role = c.abbreviations.get(token);
    if (
      role &&
      !blocked(tokens, i) &&
      !namesOffice(tokens, i, role.level) &&
      !otherExpansion(tokens, token, c.formKeys.get(role.id))
    ) {
      found.push({
        role,
        level: role.level,
        weight: ABBREVIATION_WEIGHT,
        start: i,
        span: 1,
        evidence: { by: 'abbreviation', text: token },
        bridged: false,
        abbreviation: token,
      });
    }
  }
  return found;
}

function toMatch(
  best: Candidate,
  tokens: string[],
  c: CompiledRoles,
  description: string | undefined,
  governance: GovernanceRead | null,
): RoleMatch | null {
  let { role, level } = best;
  let evidence: TitleEvidence = best.evidence;
  let confidence = best.abbreviation ? 0.85 : best.bridged ? 0.8 : 0.9;
  if (!best.abbreviation && best.weight === tokens.length) confidence = 0.95;

  if (best.abbreviation && description) {
    const words = titleTokens(description, DESCRIPTION_SCAN);
    if (otherExpansion(words, best.abbreviation, c.formKeys.get(role.id))) return null;
  }

  const deputy = tokens[best.start - 1] === 'deputy' || tokens[best.start - 2] === 'deputy';
  if (deputy && DEPUTY_DEMOTES.has(level) && role.level === level) {
    if (!role.aiRole) return null;
    const below = c.aiRoleBelow.get(level);
    if (below) {
      role = below;
      level = below.level;
      evidence = { ...evidence, adjusted: 'deputy' };
      confidence = 0.7;
    }
  } else if (VP_PROMOTES.has(level) && role.aiRole && role.level === level && c.vpRole) {
    if (tokens.slice(0, best.start).includes('vp')) {
      role = c.vpRole;
      level = 'vp';
      evidence = { ...evidence, adjusted: 'vp-rank' };
      confidence = 0.75;
    }
  }
  if (governance && role.aiRole) {
    return {
      id: role.id,
      level,
      confidence,
      evidence: { ...evidence, governance: governance.words },
      focus: 'governance',
    };
  }
  return { id: role.id, level, confidence, evidence };
}

/** The role a job title names, or null. Never throws; the roles array is compiled once and cached. */
export function classifyTitle(
  title: string,
  roles: Role[],
  hints?: { description?: string },
): RoleMatch | null {
  try {
    const c = compiled(roles);
    const read = titleTokens(title);
    const governance = governanceRead(read);
    const tokens = governance?.tokens ?? read;
    let best: Candidate | undefined;
    for (const candidate of candidates(tokens, c)) if (!best || better(candidate, best)) best = candidate;
    return best ? toMatch(best, tokens, c, hints?.description, governance) : null;
  } catch {
    return null;
  }
}

// ---------- is the posting AI leadership? ----------

const AI_WORDS = new Set(['ai', 'ml', 'genai', 'llm', 'llms', 'mlops', 'nlp', 'ki', 'ia', 'rag', 'agentic']);
const AI_PHRASES = new Set([
  'artificial intelligence',
  'machine learning',
  'deep learning',
  'generative ai',
  'language model',
  'language models',
  'neural network',
  'neural networks',
  'computer vision',
  'kunstliche intelligenz',
  'intelligence artificielle',
  'inteligencia artificial',
  'foundation model',
  'foundation models',
]);
/** A description is centred on AI when AI terms make at least this share of it, and appear this often. */
export const AI_CENTRED_PER_100_WORDS = 2;
export const AI_CENTRED_MIN_MENTIONS = 3;

/** AI-term mentions in a text and their density per 100 words ("generative ai" counts once). */
export function aiTermDensity(text: string): { mentions: number; words: number; per100Words: number } {
  const words = typeof text === 'string' ? textWords(text) : [];
  let mentions = 0;
  for (let i = 0; i < words.length; i++) {
    const next = words[i + 1];
    if (next !== undefined && AI_PHRASES.has(`${words[i]} ${next}`)) {
      mentions++;
      i++;
    } else if (AI_WORDS.has(words[i] as string)) {
      mentions++;
    }
  }
  return { mentions, words: words.length, per100Words: words.length ? (mentions * 100) / words.length : 0 };
}

export function isAiCentred(description: string): boolean {
  const d = aiTermDensity(description);
  return d.mentions >= AI_CENTRED_MIN_MENTIONS && d.per100Words >= AI_CENTRED_PER_100_WORDS;
}

/** True for the AI roles; for a compared role (CTO, CDO) only when the description is centred on AI. */
export function isAiLeadership(match: RoleMatch | null, description: string | null, roles: Role[]): boolean {
  if (!match) return false;
  const role = roles.find((r) => r.id === match.id);
  if (!role) return false;
  if (role.aiRole) return true;
  return description !== null && isAiCentred(description);
}
