import { describe, expect, it } from 'vitest';
import { formatNewsDate, parseNewsDate } from '#/domain/dates.ts';

describe('probe', () => {
  it('dates', () => {
    for (const locale of ['en-u-ca-islamic', 'en', 'ps-u-ca-persian', 'fa-AF-u-ca-persian', 'ar-u-ca-islamic', 'en-u-ca-persian'])
      for (const v of ['2026-11-20T10:00:00+04:30', '2026-11-20'])
        console.log(locale, JSON.stringify(formatNewsDate((parseNewsDate(v, 'Asia/Kabul') as { date: never }).date, { locale, timeZone: 'Asia/Kabul', timeZoneLabel: 'AFT' })));
  });
});
