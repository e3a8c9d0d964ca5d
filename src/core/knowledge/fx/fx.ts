import table from './rates.json';

/** ISO 4217 codes the FX table covers. */
export type CurrencyCode = keyof typeof table.rates;

const rates: Record<string, Record<string, number>> = table.rates;

/** True when `code` is a currency the FX table knows. */
export function isKnownCurrency(code: string): code is CurrencyCode {
  return Object.hasOwn(rates, code);
}

/**
 * Yearly average units of `currency` per US dollar. Years outside the table use the nearest year it has,
 * because an approximate conversion is more useful to a reader than none.
 */
export function ratePerUsd(currency: CurrencyCode, year: number): number {
  const y = Math.min(table.lastYear, Math.max(table.firstYear, Math.trunc(year)));
  const rate = rates[currency]?.[String(y)];
  if (rate === undefined) throw new Error(`FX table has no ${currency} rate for ${y}`);
  return rate;
}

/** Converts an amount to US dollars at the yearly average rate; null for currencies the table lacks. */
export function toUsd(amount: number, currency: string, year: number): number | null {
  if (!isKnownCurrency(currency) || !Number.isFinite(amount)) return null;
  return amount / ratePerUsd(currency, year);
}

/** The latest year the table has a rate for; conversions without a date use it. */
export const FX_LAST_YEAR: number = table.lastYear;

/** Where the rates come from, for display next to converted figures. */
export const FX_SOURCE: string = table.source;
