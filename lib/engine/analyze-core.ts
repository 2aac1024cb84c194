// The first step of the pipeline (lib/engine/analyze.ts has both): Posting -> CoreAnalysis, the role, the region,
// the pay and the band.
import type { CoreData } from '../../data';
import { benchmark } from './benchmark';
import { classifyTitle, isAiLeadership } from './classify';
import { extractPosting, findAdapter } from './extract';
import { findPayInText, isPayCurrency, type PayCurrency, parsePay, payFromStructured } from './pay';
import { regionFor } from './region';
import type { SiteAdapter } from './sites/adapter';
import type { CoreAnalysis, Pay, Posting, RegionMatch } from './types';

export interface AnalysisOptions {
  displayCurrency: string;
  basis: 'base' | 'total';
  /** ISO date the pay-transparency laws are judged on. */
  today: string;
  /** The user's region, used when the posting does not say where the job is. */
  homeRegion?: string | null;
}

export function analyzeDocumentCore(
  doc: Document,
  url: string,
  data: CoreData,
  options: AnalysisOptions,
  adapter: SiteAdapter | null = findAdapter(url),
): CoreAnalysis | null {
  const posting = extractPosting(doc, url, adapter);
  return posting ? analyzeCore(posting, data, options) : null;
}

export function analyzeCore(posting: Posting, data: CoreData, options: AnalysisOptions): CoreAnalysis {
  const description = posting.description.value;
  const role = posting.title.value
    ? classifyTitle(posting.title.value, data.roles, { description: description ?? undefined })
    : null;
  const aiLeadership = isAiLeadership(role, description, data.roles);
  const postingRegion = regionFor(posting.location.value, posting.workplace.value, data.regions, data.cities);
  const region = postingRegion ?? homeRegion(options.homeRegion, data);
  const pay = postedPay(posting, localCurrency(postingRegion, data));
  const bench = role
    ? benchmark(
        {
          role,
          region,
          pay,
          displayCurrency: options.displayCurrency,
          basis: options.basis,
          today: options.today,
        },
        data,
      )
    : null;
  return { site: posting.site, posting, pay, role, aiLeadership, region, benchmark: bench };
}

/** Regions inside one country, whose currency is the country's; a remote or multi-country region has none. */
const ONE_COUNTRY = new Set(['country', 'subdivision', 'metro']);

/** The currency of the country the posting names. */
/** Currencies written with a bare "$" at home. */
const DOLLAR_SIGN_CURRENCIES: ReadonlySet<PayCurrency> = new Set<PayCurrency>(
  ['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'MXN'].filter(isPayCurrency),
);

function localCurrency(region: RegionMatch | null, data: CoreData): PayCurrency | null {
  const named = region ? data.regions.find((r) => r.id === region.id) : undefined;
  if (!named || !ONE_COUNTRY.has(named.kind)) return null;
  return isPayCurrency(named.currency) ? named.currency : null;
}

/** Structured pay first (it is the site's own reading), then the pay text, then the description prose. A
 *  figure whose text names no currency is read in the posting's own (`defaultCurrency`), said to be inferred. */
function postedPay(posting: Posting, defaultCurrency: PayCurrency | null): Pay | null {
  if (posting.structuredPay) {
    const structured = payFromStructured(posting.structuredPay);
    if (structured) return structured;
  }
  // A bare "$" on a Canadian or Australian posting is that country's dollar, as its readers take it.
  const dollar = defaultCurrency && DOLLAR_SIGN_CURRENCIES.has(defaultCurrency) ? defaultCurrency : undefined;
  const opts = { defaultCurrency, dollar };
  const prose = posting.description.value ? findPayInText(posting.description.value, opts) : null;
  const fromText = posting.payText.value ? parsePay(posting.payText.value, opts) : null;
  // A top-card range says nothing of equity; the description's pay sentence often does ("plus equity").
  if (fromText) return prose?.equity && !fromText.equity ? { ...fromText, equity: true } : fromText;
  return prose;
}

/** The user's own region from settings, said to be that: the posting itself did not name one. */
function homeRegion(id: string | null | undefined, data: CoreData): RegionMatch | null {
  const region = id ? data.regions.find((r) => r.id === id) : undefined;
  return region
    ? { id: region.id, name: region.name, evidence: 'your home region (settings): the posting names none' }
    : null;
}
