/** src/client/excerpt-title.ts: a result's excerpt does not repeat the headline printed above it (round 20, finding 5). */
import { describe, expect, it } from 'vitest';
import { withoutTitleTail } from '#/client/excerpt-title.ts';

const TITLE = 'Kabul bakers brace for winter as flour prices climb for a third week';

describe('withoutTitleTail', () => {
  it('drops the headline\'s tail the excerpt opens with, keeping the marks where they were', () => {
    const parts = ['for winter as ', 'flour', ' prices climb for a third week The price of a 50-kilogram sack of imported ', 'flour', ' rose'];
    expect(withoutTitleTail(parts, TITLE)).toEqual(['', '', 'The price of a 50-kilogram sack of imported ', 'flour', ' rose']);
  });

  it('leaves an excerpt that does not open with the headline, or shares one word only', () => {
    const parts = ['The price of ', 'flour', ' rose'];
    expect(withoutTitleTail(parts, TITLE)).toEqual(parts);
    expect(withoutTitleTail(['week and ', 'flour'], TITLE)).toEqual(['week and ', 'flour']);
  });

  it('works in Dari', () => {
    expect(withoutTitleTail(['سال نو را با آرد ارزان آغاز کردند این گزارش'], 'نانوایان کابل سال نو را با آرد ارزان آغاز کردند')).toEqual(['این گزارش']);
  });
});
