import type { Messages } from './types.ts';

export const english: Messages = {
  published: 'Published',
  updated: 'Updated',
  minRead: (n) => `${n} min read`,
  related: 'Related',
  corrections: 'Corrections',
  footnotes: 'Footnotes',
  backToReference: (n) => `Back to reference ${n}`,
  topics: 'Topics',
  byBefore: 'By ',
  sourceBefore: ' for ',
  sourceAfter: '',
};
