import { describe, expect, it } from 'vitest';
import { findDates, parseIsoDate, resolveDate } from './dates';
import { tokenize } from './tokens';

const spans = (text: string): string[] => findDates(tokenize(text)).map((d) => text.slice(d.start, d.end));

describe('findDates', () => {
  it('finds days, months, years and day ranges', () => {
    expect(spans('On November 24 and November 16-17, in December 2014, since 2015, in September.')).toEqual([
      'November 24',
      'November 16-17',
      'December 2014',
      '2015',
      'September',
    ]);
  });

  it('reads every month, written out or abbreviated', () => {
    const months = 'January February March April May June July August September October November December';
    const full = months.split(' ').map((m) => `${m} 3`);
    expect(findDates(tokenize(full.join(', '))).map((d) => d.month)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
    ]);
    const short =
      'Jan. 3, Feb. 3, Mar. 3, Apr. 3, Jun. 3, Jul. 3, Aug. 3, Sep. 3, Sept. 3, Oct. 3, Nov. 3, Dec. 3';
    expect(findDates(tokenize(short)).map((d) => d.month)).toEqual([1, 2, 3, 4, 6, 7, 8, 9, 9, 10, 11, 12]);
  });

  it('reads day-first, abbreviated, ISO and numeric dates', () => {
    expect(spans('24 November 2025, Sept. 8, 2024, 2024-10-18 and 18/10/2024')).toEqual([
      '24 November 2025',
      'Sept. 8, 2024',
      '2024-10-18',
      '18/10/2024',
    ]);
  });

  it('reads a dotted day.month.year as German outlets write it, but no dotted version number', () => {
    const found = findDates(tokenize('Sabine Kröger, 16.09.2025 - 06:00 Uhr; version 1.2.3 and 40.13.2025'));
    expect(found.map((d) => [d.year, d.month, d.day])).toEqual([[2025, 9, 16]]);
  });

  it('keeps the edge of a year written glued to it, and no other hyphenated word', () => {
    const text =
      'output starts in mid-2029 and peaks by end-2031, after a co-2030 plan and a mid - 2032 review';
    expect(spans(text)).toEqual(['mid-2029', 'end-2031', '2032']);
  });

  it('reads hyphenated months: the end of one and a period of several', () => {
    const text = 'as of end-September, in the January-August period, in January-March 2025, a long-term plan';
    expect(spans(text)).toEqual(['end-September', 'January-August', 'January-March 2025']);
    const [end, period, quarter] = findDates(tokenize(text));
    expect([end!.month, end!.day]).toEqual([9, 30]);
    expect([period!.month, period!.day]).toEqual([8, null]);
    expect([quarter!.year, quarter!.month]).toEqual([2025, 3]);
  });

  it('reads Vietnamese day/month after a dating word and "tháng" months, not fractions', () => {
    expect(spans('Ngày 17/9, từ 12/11 đến 13/11, vào tháng 8/2025 và tháng 9; tỷ lệ 3/4, 9 tháng')).toEqual([
      '17/9',
      '12/11',
      '13/11',
      'tháng 8/2025',
      'tháng 9',
    ]);
  });

  it('reads a range of days written with "to", not a count after it', () => {
    expect(spans('from October 29 to 31, 2025; on May 2 to 3 companies')).toEqual([
      'October 29 to 31, 2025',
      'May 2',
    ]);
  });

  it('keeps years inside event names, which gold marks as dates', () => {
    expect(spans('the Meet Japan 2023 programme and G-NETS Conference 2024')).toEqual(['2023', '2024']);
  });

  it('leaves out weekdays, decades, relative phrases and "may" the verb', () => {
    expect(spans('on Friday, in the 2010s, last year, May I ask, it may rain, 2015 projects')).toEqual([]);
    expect(spans('talks in May')).toEqual(['May']);
  });
});

describe('resolveDate', () => {
  const anchor = parseIsoDate('2025-10-21');

  it('completes a day with the article year', () => {
    expect(resolveDate({ year: null, month: 9, day: 30 }, anchor)).toBe('2025-09-30');
  });

  it('takes a past date from the previous year when it would fall after the article', () => {
    expect(resolveDate({ year: null, month: 12, day: 31 }, parseIsoDate('2025-01-10'), true)).toBe(
      '2024-12-31',
    );
  });

  it('keeps stated years and the precision the text gives', () => {
    expect(resolveDate({ year: 2014, month: 12, day: null }, anchor)).toBe('2014-12');
    expect(resolveDate({ year: 2013, month: null, day: null }, null)).toBe('2013');
    expect(resolveDate({ year: null, month: 9, day: 8 }, null)).toBeNull();
  });

  it('rejects malformed article dates', () => {
    expect(parseIsoDate('21/10/2025')).toBeNull();
    expect(parseIsoDate(null)).toBeNull();
  });
});
