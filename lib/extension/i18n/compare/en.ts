// The compare page's words in English: the source of every key. The page must read at 360 px: short labels.
import type { Message } from '../translate';

export const en = {
  'page.title': 'AI Leadership Lens: saved postings',
  'page.heading': 'Saved postings',
  'page.intro':
    'Every AI-leadership posting the lens has shown is remembered in this browser, from the day the extension was installed; nothing is sent anywhere. Star a posting in the panel to list it here.',
  'page.remembered': {
    one: 'The memory holds {count} posting.',
    other: 'The memory holds {count} postings.',
  },

  'filter.group': 'Filter',
  'filter.search': 'Search',
  'filter.searchHint': 'Title, company, place, role, note or the posting’s words',
  'filter.status': 'Status',
  'filter.any': 'Any',
  'filter.savedOnly': 'Saved only',

  'list.loading': 'Loading…',
  'list.noneSaved': 'No saved postings yet.',
  'list.noMatch': 'No postings match.',
  'list.showing': 'Showing {shown} of {total}.',
  'list.more': 'Show {count} more',

  'column.posting': 'Posting',
  'column.company': 'Company',
  'column.role': 'Role and level',
  'column.pay': 'Posted pay',
  'column.skills': 'Skills asked',
  'column.age': 'First seen',
  'column.status': 'Status and note',

  'status.interested': 'Interested',
  'status.applied': 'Applied',
  'status.declined': 'Declined',

  'level.c-suite': 'C-suite',
  'level.vp': 'VP',
  'level.head': 'Head',
  'level.director': 'Director',
  'level.manager': 'Manager',
  'level.lead': 'Lead',

  'posting.untitled': 'Untitled posting',
  'pay.notPosted': 'Not posted',
  'pay.range': '{low} – {high}',
  'pay.hour': '{range} an hour',
  'pay.day': '{range} a day',
  'pay.week': '{range} a week',
  'pay.month': '{range} a month',
  'pay.year': '{range} a year',

  'age.today': 'today',
  'age.daysAgo': { one: '{count} day ago', other: '{count} days ago' },
  'age.posted': 'posted {date}',

  'note.notSaved': 'Not saved',
  'note.statusOf': 'Status of {title}',
  'note.noteOn': 'Note on {title}',
  'note.remove': 'Remove from saved',

  'chart.heading': 'Posted pay against the market',
  'chart.intro':
    'One chart per currency, on one scale: each posting’s pay a year, and the market band for its role and region where the bundled data has one.',
  'chart.group': '{name} ({code})',
  'chart.groupLabel': 'Posted pay in {name}, with market bands',
  'chart.converted': 'Bands in other currencies converted at the rates of {date}.',
  'chart.legendPosted': 'Posted pay',
  'chart.legendBox': 'Market: middle half',
  'chart.legendRange': 'Market: band',
  'chart.legendWhiskers': 'Market: low to high',
  'chart.legendMedian': 'Market: median',
  'chart.noPay': 'Not on the chart, no pay posted: {titles}',
  'chart.rowPosted': '{title}: posted {range} a year',
  'chart.rowBand': 'market for {role} in {region}, {basis}: {figures}',
  'chart.rowNoBand': 'no market band for this role and region in the bundled data',
  'chart.rowNoRole': 'role not recognised, so no market band',
  'chart.rowNoRate': 'the market band is in {currency}, with no exchange rate to compare',
  'chart.middleHalf': 'middle half {low} to {high}',
  'chart.range': 'band {low} to {high}',
  'chart.lowToHigh': 'low to high {low} to {high}',
  'chart.median': 'median {value}',
  'chart.average': 'average {value}',
  'chart.bandRegion': 'Market: {region}',
  'chart.noBandShort': 'no market band',
  'chart.bandConverted': 'converted from {currency}',

  'basis.base': 'base salary',
  'basis.base+bonus': 'base plus bonus',
  'basis.total': 'total compensation',

  'memory.heading': 'Memory',
  'memory.remember': 'Remember postings',
  'memory.rememberHint':
    'Off: postings you view are not recorded; what is remembered stays until you forget it.',
  'memory.cap': 'Postings kept at most',
  'memory.capHint': 'Past the limit the oldest unsaved postings are forgotten first.',

  'file.exportJson': 'Export JSON',
  'file.exportCsv': 'Export CSV',
  'file.importJson': 'Import JSON',
  'file.forget': 'Forget everything',
  'file.forgetConfirm': 'Forget every posting the lens remembers, saved ones and notes included?',
  'file.forgotten': 'The posting memory is empty.',
  'file.imported': {
    one: 'Imported: {count} new posting, {merged} merged with ones already here.',
    other: 'Imported: {count} new postings, {merged} merged with ones already here.',
  },
  'file.notJson': 'This file is not JSON: export the ledger as JSON to import it.',
  'file.foreign': 'This is not an AI Leadership Lens ledger file.',
  'file.newer':
    'This file is from a newer version of AI Leadership Lens (ledger file version {version}); update the extension first.',
  'file.damaged': 'The file is damaged ({where}: {detail}); nothing was imported.',
  'file.duplicate': 'The file lists {key} twice; nothing was imported.',
} as const satisfies Record<string, Message>;
