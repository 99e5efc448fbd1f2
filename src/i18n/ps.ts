import type { Messages } from './types.ts';

/** Pashto. */
export const pashto: Messages = {
  published: 'خپور شوی',
  updated: 'تازه شوی',
  minRead: (n) => `${n} دقیقې لوستل`,
  related: 'اړوند',
  corrections: 'سمونونه',
  topics: 'موضوعګانې',
  byBefore: 'لیکوال: ',
  sourceBefore: '، د ',
  sourceAfter: ' لپاره',
  timeZoneLabel: 'د افغانستان وخت',
};
