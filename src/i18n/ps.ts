import type { Messages } from './types.ts';

/** Pashto. */
export const pashto: Messages = {
  published: 'خپور شوی',
  updated: 'تازه شوی',
  minRead: (n) => `${n} دقیقې لوستل`,
  related: 'اړوند',
  corrections: 'سمونونه',
  footnotes: 'لمنلیکونه',
  backToReference: (n) => `بېرته ${n} حوالې ته`,
  topics: 'موضوعګانې',
  byBefore: 'لیکوال: ',
  sourceBefore: '، د ',
  sourceAfter: ' لپاره',
  timeZoneLabel: { timeZone: 'Asia/Kabul', label: 'د افغانستان وخت' },
};
