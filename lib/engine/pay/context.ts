// The words around a figure: whether it is the job's pay (salary, range) or something else (funding, perks),
// whether equity or OTE come with it, and which place a range is for ("SF Bay/NYC: $188,000 - $304,200").
import type { Expression } from './expression';
import { type Token, wordAt } from './tokenize';

/** Words near a figure that say it is not the job's pay: funding, company size, perks, client money. */
const NOT_PAY = new Set([
  'raised',
  'raise',
  'raising',
  'funding',
  'funded',
  'fund',
  'funds',
  'series',
  'seed',
  'valuation',
  'valued',
  'values',
  'revenue',
  'revenues',
  'arr',
  'mrr',
  'assets',
  'aum',
  'capital',
  'invest',
  'invested',
  'investment',
  'investments',
  'investor',
  'investors',
  'billion',
  'retainer',
  'retainers',
  'budget',
  'budgets',
  'stipend',
  'stipends',
  'allowance',
  'allowances',
  'reimbursement',
  'reimbursements',
  'reimbursed',
  'reimburse',
  'match',
  'matching',
  'donation',
  'donations',
  'credit',
  'credits',
  'relocation',
  'housing',
  'referral',
  'signing',
  'sign',
  'spend',
  'spending',
  'quota',
  'deal',
  'deals',
  'savings',
  'cost',
  'costs',
  'price',
  'pricing',
  'fee',
  'fees',
  'loan',
  'loans',
  'prize',
  'gym',
  'meal',
  'meals',
  'lunch',
  'transport',
  'transportation',
  'commuter',
  'wellness',
  'learning',
  'education',
  'tuition',
  'insurance',
  'equipment',
  'laundry',
  'membership',
  'customers',
  'market',
  'tam',
  'grossed',
  '401k',
]);

/** Words that say a figure is the job's pay. */
const PAY_WORDS = new Set([
  'salary',
  'salaries',
  'pay',
  'compensation',
  'comp',
  'base',
  'wage',
  'wages',
  'remuneration',
  'ote',
  'range',
  'rate',
  'hourly',
  'annual',
  'package',
  'ctc',
  'lpa',
  'gehalt',
  'jahresgehalt',
  'bruttojahresgehalt',
  'vergütung',
  'salaire',
  'rémunération',
  'salario',
  'sueldo',
  'retribución',
  'retribuzione',
  'stipendio',
  'ral',
  'salaris',
  'wynagrodzenie',
  'widełki',
  'mzda',
  'salário',
  'lønn',
  'lön',
  'løn',
  'årslønn',
  'månedslønn',
  'årslön',
  'månadslön',
  'årsløn',
  'månedsløn',
  'зарплата',
  'зп',
  'оклад',
  'maaş',
  'ücret',
  '薪资',
  '薪資',
  '薪水',
  '月薪',
  '年薪',
  '待遇',
  '給与',
  '年収',
  '月給',
  '時給',
]);

const WINDOW = 8;

const isPunct = (text: string, tok: Token | undefined, ch: string) =>
  tok?.k === 'punct' && text[tok.s] === ch;

/** Any NOT_PAY word within a few words of the expression, not reaching past a sentence or another figure. */
export function nearNotPay(toks: Token[], x: Expression): boolean {
  const look = (from: number, step: 1 | -1) => {
    for (let j = from, seen = 0; j >= 0 && j < toks.length && seen < WINDOW; j += step) {
      const tok = toks[j] as Token;
      if (tok.k === 'stop' || tok.k === 'num' || tok.k === 'cur') return false;
      if (tok.k !== 'word') continue;
      seen++;
      if (NOT_PAY.has(tok.w)) return true;
    }
    return false;
  };
  return look(x.start - 1, -1) || look(x.end, 1);
}

/** Words a line may hold before its figure and still be read with the heading above it; more when they
 *  are a label ending in a colon ("Zone 1 (San Francisco, New York): $200,000"). */
const OPENING_WORDS = 4;
const OPENING_LABEL_WORDS = 8;
/** Short lines between a heading and its figure ("Compensation\nSan Francisco Bay Area\n$200,000"). */
const LINE_BETWEEN_WORDS = 6;
const MAX_LINES_UP = 2;
/** Words of the line above read for a pay word, from its end; all of it when it ends in a colon. */
const LINE_ABOVE_WORDS = 14;
const CLAUSE_WORDS = 25;

/** A PAY_WORDS word in the clause before the figure, or straight after it. When the figure opens its line, a
 *  line or two above count: a heading ("Local Pay Range", "Compensation"), a sentence that leads to it ("The
 *  salary range for this role is below."), a label ending in a colon ("... Seattle is:"). */
export function nearPayWords(text: string, toks: Token[], x: Expression): boolean {
  let words = 0;
  let budget = CLAUSE_WORDS;
  let lines = 0;
  const opening = isPunct(text, toks[x.start - 1], ':') ? OPENING_LABEL_WORDS : OPENING_WORDS;
  for (let j = x.start - 1; j >= 0 && words < budget; j--) {
    const tok = toks[j] as Token;
    if (tok.k === 'stop') {
      if (!tok.line || lines >= MAX_LINES_UP || words > (lines === 0 ? opening : LINE_BETWEEN_WORDS)) break;
      lines++;
      const above = toks[j - 1];
      budget = above?.k === 'punct' && text[above.s] === ':' ? CLAUSE_WORDS : LINE_ABOVE_WORDS;
      words = 0;
      continue;
    }
    if (tok.k === 'cur' || (lines > 0 && tok.k === 'num')) break;
    if (tok.k !== 'word') continue;
    words++;
    if (PAY_WORDS.has(tok.w)) return true;
  }
  for (let j = x.end, seen = 0; j < toks.length && seen < WINDOW; j++) {
    const tok = toks[j] as Token;
    if (tok.k === 'stop' || tok.k === 'num') break;
    if (tok.k !== 'word') continue;
    seen++;
    if (PAY_WORDS.has(tok.w)) return true;
  }
  return false;
}

const EQUITY_BEFORE = new Set([
  'plus',
  'offers',
  'offer',
  'offering',
  'and',
  'with',
  'includes',
  'include',
  'including',
  'generous',
  'meaningful',
  'competitive',
  'significant',
  'for',
  'of',
]);
const EQUITY_AFTER = new Set([
  'package',
  'grant',
  'grants',
  'award',
  'awards',
  'compensation',
  'stake',
  'options',
  'incentive',
  'incentives',
  'plan',
  'eligible',
  'refresh',
  'refreshers',
]);
const STOCK_AFTER = new Set(['options', 'option', 'grant', 'grants', 'units', 'awards', 'plan']);

/** Equity offered ("+ equity", "Offers Equity", "stock options", "RSUs"), not "pay equity" or DEI. */
export function mentionsEquity(toks: Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const w = wordAt(toks, j);
    if (w === 'rsu' || w === 'rsus') return true;
    if ((w === 'stock' || w === 'share') && STOCK_AFTER.has(wordAt(toks, j + 1) ?? '')) return true;
    if (w !== 'equity') continue;
    const prev = toks[j - 1];
    const next = wordAt(toks, j + 1);
    const dei = [j - 2, j - 1, j + 1, j + 2, j + 3].some((k) => {
      const near = wordAt(toks, k);
      return near === 'diversity' || near === 'inclusion' || near === 'pay';
    });
    if (dei) continue;
    if (prev?.k === 'plus' || EQUITY_BEFORE.has(wordAt(toks, j - 1) ?? '') || EQUITY_AFTER.has(next ?? '')) {
      return true;
    }
  }
  return false;
}

const COMMISSION_ONLY_BEFORE = new Set(['only', 'straight', 'pure', 'purely']);
const NEGATIONS = new Set(['not', 'no', 'non', 'never']);

/** "Commission only", "commission-only", "straight commission": earnings with no salary, so not pay. Not
 *  "not a commission-only role". */
export function commissionOnly(toks: Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    if (wordAt(toks, j) !== 'commission') continue;
    const next = toks[j + 1]?.k === 'dash' ? j + 2 : j + 1;
    if (wordAt(toks, next) !== 'only' && !COMMISSION_ONLY_BEFORE.has(wordAt(toks, j - 1) ?? '')) continue;
    const negated = [j - 1, j - 2, j - 3].some((k) => NEGATIONS.has(wordAt(toks, k) ?? ''));
    if (!negated) return true;
  }
  return false;
}

/** A currency is named that Pay does not carry or cannot tell ("¥", "pesos"), between tokens from and to. */
export function namesUnreadCurrency(toks: Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const tok = toks[j] as Token;
    if (tok.k === 'cur' && tok.code === null) return true;
  }
  return false;
}

/** "OTE", "on-target earnings", "on target". */
export function mentionsOte(toks: Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const w = wordAt(toks, j);
    if (w === 'ote') return true;
    if (w === 'on') {
      const next = toks[j + 1]?.k === 'dash' ? j + 2 : j + 1;
      if (wordAt(toks, next) === 'target') return true;
    }
  }
  return false;
}

// ---------- ranges per place ----------

const MAX_LABEL_TOKENS = 12;

/**
 * The place or tier a range is stated for: "SF Bay/NYC: $188,000 - $304,200", "Zone 2 (all other US
 * locations): $C - $D", "$150,000 - $180,000 (New York)". Read back to the last figure (`from`), line or
 * open parenthesis. null when the range carries no label.
 */
export function labelOf(text: string, toks: Token[], x: Expression, from: number): string | null {
  if (isPunct(text, toks[x.start - 1], ':')) {
    let depth = 0;
    let first = x.start - 1;
    for (let j = x.start - 2; j >= from && j >= x.start - 1 - MAX_LABEL_TOKENS; j--) {
      const tok = toks[j] as Token;
      if (tok.k === 'stop' || tok.k === 'cur') break;
      if (isPunct(text, tok, ')')) depth++;
      else if (isPunct(text, tok, '(')) {
        if (depth === 0) break;
        depth--;
      }
      first = j;
    }
    return first < x.start - 1
      ? cleanLabel(text.slice((toks[first] as Token).s, (toks[x.start - 2] as Token).e))
      : null;
  }
  if (isPunct(text, toks[x.end], '(')) {
    for (let j = x.end + 1; j < toks.length && j <= x.end + MAX_LABEL_TOKENS; j++) {
      const tok = toks[j] as Token;
      if (isPunct(text, tok, ')'))
        return j > x.end + 1 ? cleanLabel(text.slice(toks[x.end + 1]?.s, toks[j - 1]?.e)) : null;
      if (tok.k !== 'word' && tok.k !== 'slash' && tok.k !== 'punct') return null;
    }
  }
  return null;
}

const cleanLabel = (s: string): string | null => {
  const label = s.replace(/\s+/g, ' ').replace(/^[\s,;•·|\-–—]+|[\s,;•·|\-–—]+$/g, '');
  return label.length > 0 ? label.slice(0, 80) : null;
};

/** Labels that name no particular place: the range everyone else is paid on. */
const GENERAL_WORDS = new Set([
  'other',
  'others',
  'remote',
  'elsewhere',
  'rest',
  'national',
  'nationwide',
  'general',
  'standard',
  'default',
]);
const HEADING_WORDS = new Set([
  'the',
  'for',
  'this',
  'role',
  'position',
  'is',
  'our',
  'of',
  'and',
  'range',
  'ranges',
  'usd',
]);

/** Whether a range with this label is the general one: no label, "all other locations", or a pay heading. */
export function isGeneralLabel(label: string | null): boolean {
  if (label === null) return true;
  const words = label
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return (
    words.some((w) => GENERAL_WORDS.has(w)) || words.every((w) => PAY_WORDS.has(w) || HEADING_WORDS.has(w))
  );
}
