// The tokenizer under text copied from pages: markup, HTML entities, markdown escapes, run-together words.
import { describe, expect, it } from 'vitest';
import { findPayInText, parsePay } from '../../../lib/engine/pay';
import { type Token, tokenize } from '../../../lib/engine/pay/tokenize';
import { figures } from './helpers';

const kinds = (text: string) => tokenize(text, { dollar: 'USD', local: null }).map((t: Token) => t.k);

describe('tokenize', () => {
  it('reads HTML entities as what they stand for', () => {
    expect(kinds('$1&mdash;$2')).toEqual(['cur', 'num', 'dash', 'cur', 'num']);
    expect(kinds('1&#8211;2 &ndash; 3&#x2013;4')).toEqual([
      'num',
      'dash',
      'num',
      'dash',
      'num',
      'dash',
      'num',
    ]);
    expect(kinds('&pound;5&nbsp;&amp;')).toEqual(['cur', 'num', 'punct']);
  });
  it('skips markdown escapes and inline tags; a block tag ends a line', () => {
    expect(kinds('\\$5 \\- \\$6')).toEqual(['cur', 'num', 'dash', 'cur', 'num']);
    expect(kinds('<span class="a">$5</span>')).toEqual(['cur', 'num']);
    expect(kinds('&lt;b&gt;5&lt;/b&gt;')).toEqual(['num']);
    expect(kinds('a</p><p>b')).toEqual(['word', 'stop', 'word']);
    expect(kinds('a < b > c')).toEqual(['word', 'punct', 'word', 'punct', 'word']);
  });
  it('splits words run together where a capital follows a small letter, and elisions at the apostrophe', () => {
    const words = (text: string) =>
      tokenize(text, { dollar: 'USD', local: null }).flatMap((t) => (t.k === 'word' ? [t.w] : []));
    expect(words('per hourA list')).toEqual(['per', 'hour', 'a', 'list']);
    expect(words("de l'heure")).toEqual(['de', 'l', 'heure']);
  });
  it('ends a word where Chinese script meets Latin letters or digits', () => {
    expect(kinds('月薪NT$60,000')).toEqual(['word', 'cur', 'num']);
    expect(kinds('月薪60,000元')).toEqual(['word', 'num', 'word']);
  });
  it('reads a 401(k) as a word, never as 401 thousand', () => {
    expect(kinds('401(k)')).toEqual(['word']);
    expect(kinds('401k plan')).toEqual(['word', 'word']);
    expect(kinds('401,000')).toEqual(['num']);
  });
});

describe('pay in copied markup', () => {
  const cases: [string, number, number][] = [
    ['Salary: $119,000 &mdash; $125,500 USD', 119_000, 125_500],
    ['$90,000 &#8211; $110,000', 90_000, 110_000],
    ['$90,000&ndash;$110,000 a year', 90_000, 110_000],
    ['\\$121,755 \\- \\$132,713', 121_755, 132_713],
    [
      '&lt;span&gt;$109,000&lt;/span&gt;&lt;span class="divider"&gt;&mdash;&lt;/span&gt;&lt;span&gt;$115,000 USD&lt;/span&gt;',
      109_000,
      115_000,
    ],
    ['<span>$109,000</span><span class="divider">—</span><span>$115,000 USD</span>', 109_000, 115_000],
  ];
  for (const [text, min, max] of cases) {
    it(text, () => expect(figures(parsePay(text))).toEqual({ min, max, currency: 'USD', period: 'year' }));
  }
  it('reads a heading and its figure in separate blocks as a heading and its line', () => {
    expect(figures(findPayInText('<h3>Salary</h3><p>$150,000 - $180,000</p>'))).toEqual({
      min: 150_000,
      max: 180_000,
      currency: 'USD',
      period: 'year',
    });
  });
  it('reads ISO codes in any case except where they are also a name', () => {
    expect(figures(parsePay('1000usd/m'))).toEqual({
      min: 1000,
      max: 1000,
      currency: 'USD',
      period: 'month',
    });
    expect(parsePay('ron 150000')).toBeNull();
  });
});
