import type { Measure } from '../../../core/model';

const SCALES: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** US dollars the way news writes them: "$78.6 billion", "$6.6 million", "$850,000". */
export function formatUsd(value: number): string {
  const sign = value < 0 ? '−' : '';
  const size = Math.abs(value);
  for (const [scale, word] of SCALES) {
    if (size >= scale)
      return `${sign}$${(size / scale).toLocaleString('en', { maximumFractionDigits: size / scale < 10 ? 2 : 1 })} ${word}`;
  }
  return `${sign}$${size.toLocaleString('en', { maximumFractionDigits: 0 })}`;
}

/** What a figure measures, in words. */
export const MEASURE_LABEL: Record<Measure, string> = {
  registered_capital: 'registered capital',
  investment_capital: 'investment capital',
  disbursed_capital: 'disbursed capital',
  oda: 'ODA',
  trade: 'trade',
  count: 'count',
  share: 'share',
  other: 'other',
};
