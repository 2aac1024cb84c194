// The one pipeline every caller shares (content script, tests, CLI): Posting -> Analysis.
import type { BundledData } from '../data';
import { benchmark } from './benchmark';
import { classifyTitle, isAiLeadership } from './classify';
import { extractPosting, findAdapter } from './extract';
import { recruiterFlags } from './flags';
import { findPayInText, parsePay, payFromStructured } from './pay';
import { regionFor } from './region';
import type { SiteAdapter } from './sites/adapter';
import { checkSkills } from './skills';
import type { Analysis, Pay, Posting, RegionMatch } from './types';

export interface AnalysisOptions {
  displayCurrency: string;
  basis: 'base' | 'total';
  /** ISO date the pay-transparency laws are judged on. */
  today: string;
  /** The user's region, used when the posting does not say where the job is. */
  homeRegion?: string | null;
}

export function analyzeDocument(
  doc: Document,
  url: string,
  data: BundledData,
  options: AnalysisOptions,
  adapter: SiteAdapter | null = findAdapter(url),
): Analysis | null {
  const posting = extractPosting(doc, url, adapter);
  return posting ? analyzePosting(posting, data, options) : null;
}

export function analyzePosting(posting: Posting, data: BundledData, options: AnalysisOptions): Analysis {
  const description = posting.description.value;
  const role = posting.title.value
    ? classifyTitle(posting.title.value, data.roles, { description: description ?? undefined })
    : null;
  const aiLeadership = isAiLeadership(role, description, data.roles);
  const pay = postedPay(posting);
  const region =
    regionFor(posting.location.value, posting.workplace.value, data.regions) ??
    homeRegion(options.homeRegion, data);
  const bench = role
    ? benchmark({ role, region, pay, displayCurrency: options.displayCurrency, basis: options.basis }, data)
    : null;
  const skills = checkSkills(description, role?.id ?? null, data.skills);
  const flags = aiLeadership
    ? recruiterFlags(
        { posting, role, aiLeadership, pay, region, benchmark: bench, skills, today: options.today },
        data,
      )
    : [];
  return { site: posting.site, posting, pay, role, aiLeadership, region, benchmark: bench, skills, flags };
}

/** Structured pay first (it is the site's own reading), then the pay text, then the description prose. */
function postedPay(posting: Posting): Pay | null {
  if (posting.structuredPay) {
    const structured = payFromStructured(posting.structuredPay);
    if (structured) return structured;
  }
  const prose = posting.description.value ? findPayInText(posting.description.value) : null;
  const fromText = posting.payText.value ? parsePay(posting.payText.value) : null;
  // A top-card range says nothing of equity; the description's pay sentence often does ("plus equity").
  if (fromText) return prose?.equity && !fromText.equity ? { ...fromText, equity: true } : fromText;
  return prose;
}

/** The user's own region from settings, said to be that: the posting itself did not name one. */
function homeRegion(id: string | null | undefined, data: BundledData): RegionMatch | null {
  const region = id ? data.regions.find((r) => r.id === id) : undefined;
  return region
    ? { id: region.id, name: region.name, evidence: 'your home region (settings): the posting names none' }
    : null;
}
