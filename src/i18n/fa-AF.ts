import type { Messages } from './types.ts';

/** Dari (Afghan Persian: `fa-AF`, `prs`). */
export const dari: Messages = {
  published: 'نشر شده',
  updated: 'به‌روز شده',
  minRead: (n) => `${n} دقیقه مطالعه`,
  related: 'مطالب مرتبط',
  corrections: 'اصلاحات',
  footnotes: 'پاورقی‌ها',
  backToReference: (n) => `بازگشت به ارجاع ${n}`,
  topics: 'موضوعات',
  byBefore: 'نویسنده: ',
  sourceBefore: '، برای ',
  sourceAfter: '',
  timeZoneLabel: { timeZone: 'Asia/Kabul', label: 'به وقت افغانستان' },
};
