import { describe, expect, it } from 'vitest';
import { dateOnlyLine, findDate, isoDate } from './dates';

describe('findDate', () => {
  it('reads the ways outlets write a publication date', () => {
    expect(findDate('December 15, 2023')?.iso).toBe('2023-12-15');
    expect(findDate('15 Dec 2023')?.iso).toBe('2023-12-15');
    expect(findDate('Sept. 3, 2024')?.iso).toBe('2024-09-03');
    expect(findDate('15/12/2023')?.iso).toBe('2023-12-15');
    expect(findDate('2023-12-15T23:30:00+07:00')?.iso).toBe('2023-12-15');
    expect(findDate('Thứ sáu, ngày 15 tháng 12 năm 2023')?.iso).toBe('2023-12-15');
  });

  it('finds a day without a year but gives no ISO date for it', () => {
    expect(findDate('VIETNAM, December 15')).toMatchObject({ index: 9, iso: null });
  });

  it('returns the earliest date in the string', () => {
    expect(findDate('Updated 2024-01-02, first published December 30, 2023')?.iso).toBe('2024-01-02');
  });

  it('rejects days that do not exist', () => {
    expect(findDate('31/02/2024')).toBeNull();
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDate(2023, 2, 29)).toBeNull();
    expect(isoDate(2023, 13, 1)).toBeNull();
  });
});

describe('dateOnlyLine', () => {
  it('accepts header lines that say nothing but a date and time', () => {
    expect(dateOnlyLine('Friday, 15/12/2023 10:30 GMT+7')).toBe('2023-12-15');
    expect(dateOnlyLine('Published: December 15, 2023')).toBe('2023-12-15');
    expect(dateOnlyLine('Released: February 16, 2026')).toBe('2026-02-16');
  });

  it('refuses lines that are sentences containing a date', () => {
    expect(dateOnlyLine('The MoU was signed on December 15, 2023 in Tokyo.')).toBeNull();
    expect(dateOnlyLine('Hanoi 2024')).toBeNull();
  });
});
