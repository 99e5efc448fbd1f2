/** Fixture frontmatter through the real schemas: what editors may write, the defaults, and what is refused. */
import { describe, expect, it } from 'vitest';
import { articleFrontmatterSchema } from '../../src/schemas/article.ts';
import { authorSchema } from '../../src/schemas/author.ts';
import { sectionSchema } from '../../src/schemas/section.ts';

const minimal = {
  title: 'Envoy makes unannounced Kabul stop before Doha round',
  description: 'The visit, confirmed by two officials, came a day before delegations gather in Qatar.',
  published: '2026-11-20',
  authors: ['nadia-rahyab'],
  section: 'diplomacy',
};

const full = {
  title: 'Doha round ends with transit outline but water deal deferred',
  description: 'Delegations agreed a draft annex on transit and left the water question for the next round.',
  published: '2026-11-24T09:30:00+04:30',
  updated: '2026-11-24T15:00:00+04:30',
  authors: ['nadia-rahyab', 'wahid-tanin'],
  source: 'Koh-e-Baba Wire',
  dateline: 'DOHA',
  section: 'diplomacy',
  tags: ['Regional Contact Group', 'transit', 'د اوبو تړون'],
  related: ['envoy-makes-unannounced-kabul-stop-before-doha-round'],
  image: {
    src: './images/doha.jpg',
    alt: 'Delegates around a long table in a conference hall.',
    caption: 'The closing session in Doha.',
    credit: 'Graphics desk',
  },
  lang: 'ps',
  corrections: [{ date: '2026-11-25T10:00:00+04:30', text: 'An earlier version misstated the number of delegations.' }],
  canonical: 'https://wire.example.org/stories/doha-round',
  draft: true,
};

/** Paths (joined with `.`) of every issue the schema reports. */
function issuePaths(input: unknown): string[] {
  const r = articleFrontmatterSchema.safeParse(input);
  if (r.success) return [];
  return r.error.issues.map((i) => i.path.join('.'));
}

function issues(input: unknown) {
  const r = articleFrontmatterSchema.safeParse(input);
  expect(r.success, 'expected the frontmatter to be refused').toBe(false);
  return r.success ? [] : r.error.issues;
}

describe('articleFrontmatterSchema: valid articles', () => {
  it('accepts the minimal article and applies the defaults', () => {
    const a = articleFrontmatterSchema.parse(minimal);
    expect(a.tags).toEqual([]);
    expect(a.related).toEqual([]);
    expect(a.corrections).toEqual([]);
    expect(a.draft).toBe(false);
    expect(a.updated).toBeUndefined();
    expect(a.image).toBeUndefined();
    expect(a.lang).toBeUndefined();
    expect(a.canonical).toBeUndefined();
    // A date-only value is the start of that day in Kabul (+04:30).
    expect(a.published).toEqual({ epoch: Date.UTC(2026, 10, 19, 19, 30), iso: '2026-11-20T00:00:00+04:30', dateOnly: true });
  });

  it('accepts an article with every field and keeps them', () => {
    const a = articleFrontmatterSchema.parse(full);
    expect(a.title).toBe(full.title);
    expect(a.authors).toEqual(full.authors);
    expect(a.source).toBe('Koh-e-Baba Wire');
    expect(a.dateline).toBe('DOHA');
    expect(a.tags).toEqual(full.tags);
    expect(a.related).toEqual(full.related);
    expect(a.image).toEqual(full.image);
    expect(a.lang).toBe('ps');
    expect(a.canonical).toBe(full.canonical);
    expect(a.draft).toBe(true);
    expect(a.published.iso).toBe('2026-11-24T09:30:00+04:30');
    expect(a.updated?.epoch).toBe(Date.UTC(2026, 10, 24, 10, 30));
    expect(a.corrections).toEqual([
      { date: { epoch: Date.UTC(2026, 10, 25, 5, 30), iso: '2026-11-25T10:00:00+04:30', dateOnly: false }, text: full.corrections[0]!.text },
    ]);
  });

  it('trims plain text', () => {
    expect(articleFrontmatterSchema.parse({ ...minimal, title: '  Headline  ' }).title).toBe('Headline');
  });

  it('accepts text at exactly the limit, updated equal to published, correction at publication time', () => {
    expect(
      issuePaths({
        ...minimal,
        title: 'x'.repeat(200),
        description: 'y'.repeat(320),
        updated: minimal.published,
        corrections: [{ date: minimal.published, text: 'z' }],
      }),
    ).toEqual([]);
  });

  it.each(['en', 'ps', 'fa-AF', 'prs', 'ar', 'ku-Latn', 'zh-Hant-TW', 'en-u-ca-islamic', 'ar-AF-u-co-phonebk', 'haz'])('accepts lang %s', (lang) => {
    expect(issuePaths({ ...minimal, lang })).toEqual([]);
  });

  it('accepts http canonical URLs as well as https', () => {
    expect(issuePaths({ ...minimal, canonical: 'http://wire.example.org/x' })).toEqual([]);
  });
});

describe('articleFrontmatterSchema: refused', () => {
  it.each(['title', 'description', 'published', 'authors', 'section'])('missing %s', (field) => {
    const input: Record<string, unknown> = { ...minimal };
    delete input[field];
    expect(issuePaths(input)).toContain(field);
  });

  it('an empty author list', () => {
    const [issue] = issues({ ...minimal, authors: [] });
    expect(issue?.path).toEqual(['authors']);
    expect(issue?.message).toMatch(/at least one author/);
  });

  it.each([
    ['title', 201],
    ['description', 321],
    ['source', 121],
    ['dateline', 81],
  ])('%s longer than %i characters', (field, length) => {
    const [issue] = issues({ ...minimal, [field]: 'x'.repeat(length) });
    expect(issue?.path).toEqual([field]);
    expect(issue?.message).toContain(`${length} characters long`);
  });

  it('a tag longer than 60 characters, image alt longer than 400, correction longer than 1000', () => {
    expect(issuePaths({ ...minimal, tags: ['ok', 't'.repeat(61)] })).toEqual(['tags.1']);
    expect(issuePaths({ ...minimal, image: { src: './a.jpg', alt: 'a'.repeat(401) } })).toEqual(['image.alt']);
    expect(issuePaths({ ...minimal, corrections: [{ date: '2026-11-21', text: 'c'.repeat(1001) }] })).toEqual(['corrections.0.text']);
  });

  it('empty or whitespace-only text', () => {
    expect(issuePaths({ ...minimal, title: '' })).toEqual(['title']);
    expect(issuePaths({ ...minimal, description: '   ' })).toEqual(['description']);
  });

  it.each([
    ['RIGHT-TO-LEFT OVERRIDE', '\u202E'],
    ['LEFT-TO-RIGHT EMBEDDING', '\u202A'],
    ['RIGHT-TO-LEFT ISOLATE', '\u2067'],
    ['POP DIRECTIONAL ISOLATE', '\u2069'],
    ['a C0 control', '\u0007'],
    ['a C1 control', '\u0085'],
    ['DEL', '\u007F'],
  ])('%s in a headline', (_name, ch) => {
    const [issue] = issues({ ...minimal, title: `Minister ${ch}resigns` });
    expect(issue?.path).toEqual(['title']);
    expect(issue?.message).toContain(`U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
  });

  it('bidi controls anywhere in plain text (tags, captions, corrections)', () => {
    expect(issuePaths({ ...minimal, tags: ['a\u202Eb'] })).toEqual(['tags.0']);
    expect(issuePaths({ ...minimal, image: { src: './a.jpg', alt: 'ok', caption: 'x\u2066y' } })).toEqual(['image.caption']);
    expect(issuePaths({ ...minimal, corrections: [{ date: '2026-11-21', text: 'x\u202Dy' }] })).toEqual(['corrections.0.text']);
  });

  it('keeps right-to-left letters and the ordinary marks (LRM/RLM) that RTL copy needs', () => {
    expect(issuePaths({ ...minimal, title: 'د سولې خبرې \u200F(۲۰۲۶)\u200E' })).toEqual([]);
  });

  it.each(['english', 'e', 'en_US', 'en-', '123', '', 'x-klingon-', 'ps AF', 'xx', 'xx-invalid'])('lang %j', (lang) => {
    expect(issuePaths({ ...minimal, lang })).toEqual(['lang']);
  });

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:text/html,hi',
    'ftp://example.org/x',
    'mailto:desk@example.org',
    '/articles/x/',
    'articles/x/',
    '//example.org/x',
    'example.org/x',
    '',
  ])('canonical %j', (canonical) => {
    expect(issuePaths({ ...minimal, canonical })).toEqual(['canonical']);
  });

  it('updated before published', () => {
    const [issue] = issues({ ...minimal, published: '2026-11-20T10:00:00+04:30', updated: '2026-11-20T09:59:00+04:30' });
    expect(issue?.path).toEqual(['updated']);
    expect(issue?.message).toMatch(/before published/);
  });

  it('updated before published when the offsets differ (compared as instants)', () => {
    // 10:00 in Kabul is 05:30Z; 05:00Z is earlier although its wall-clock time looks later.
    expect(issuePaths({ ...minimal, published: '2026-11-20T10:00:00+04:30', updated: '2026-11-20T05:00:00Z' })).toEqual(['updated']);
    expect(issuePaths({ ...minimal, published: '2026-11-20T10:00:00+04:30', updated: '2026-11-20T06:00:00Z' })).toEqual([]);
  });

  it('a correction dated before publication, reported at its index', () => {
    const paths = issuePaths({
      ...minimal,
      published: '2026-11-20',
      corrections: [
        { date: '2026-11-21', text: 'fine' },
        { date: '2026-11-19', text: 'too early' },
      ],
    });
    expect(paths).toEqual(['corrections.1.date']);
  });

  it('unknown keys, at the top and inside nested objects', () => {
    const top = issues({ ...minimal, subtitle: 'x' });
    expect(top[0]?.code).toBe('unrecognized_keys');
    expect(JSON.stringify(top)).toContain('subtitle');
    expect(issues({ ...minimal, image: { src: './a.jpg', alt: 'a', href: 'x' } })[0]?.code).toBe('unrecognized_keys');
    expect(issues({ ...minimal, corrections: [{ date: '2026-11-21', text: 'a', by: 'x' }] })[0]?.code).toBe('unrecognized_keys');
  });

  it('bad ids and slugs', () => {
    expect(issuePaths({ ...minimal, authors: ['Nadia Rahyab'] })).toEqual(['authors.0']);
    expect(issuePaths({ ...minimal, section: 'Diplomacy' })).toEqual(['section']);
    expect(issuePaths({ ...minimal, section: '../secret' })).toEqual(['section']);
    expect(issuePaths({ ...minimal, related: ['ok-slug', 'Bad_Slug'] })).toEqual(['related.1']);
    expect(issuePaths({ ...minimal, related: ['double--hyphen'] })).toEqual(['related.0']);
  });

  it('bad dates', () => {
    expect(issuePaths({ ...minimal, published: '2026-02-30' })).toEqual(['published']);
    expect(issuePaths({ ...minimal, published: '2026-11-20T09:30:00' })).toEqual(['published']);
    expect(issuePaths({ ...minimal, published: new Date('2026-11-20') })).toEqual(['published']);
    expect(issuePaths({ ...minimal, published: 20261120 })).toEqual(['published']);
  });

  it('wrong types', () => {
    expect(issuePaths({ ...minimal, draft: 'yes' })).toEqual(['draft']);
    expect(issuePaths({ ...minimal, tags: 'transit' })).toEqual(['tags']);
    expect(issuePaths({ ...minimal, image: { src: '', alt: 'a' } })).toEqual(['image.src']);
    expect(issuePaths({ ...minimal, image: { src: './a.jpg' } })).toEqual(['image.alt']);
  });
});

describe('authorSchema', () => {
  it('accepts a name alone and a full author', () => {
    expect(authorSchema.parse({ name: 'Nadia Rahyab' })).toEqual({ name: 'Nadia Rahyab' });
    expect(
      authorSchema.parse({ name: 'Wahid Tanin', role: 'Security correspondent', url: 'https://example.org/wahid' }),
    ).toEqual({ name: 'Wahid Tanin', role: 'Security correspondent', url: 'https://example.org/wahid' });
  });

  it.each([
    ['missing name', { role: 'Editor' }],
    ['empty name', { name: '' }],
    ['name too long', { name: 'n'.repeat(101) }],
    ['bidi override in name', { name: 'Nadia \u202ERahyab' }],
    ['role too long', { name: 'N', role: 'r'.repeat(121) }],
    ['javascript: url', { name: 'N', url: 'javascript:alert(1)' }],
    ['relative url', { name: 'N', url: '/authors/n/' }],
    ['unknown key', { name: 'N', twitter: '@n' }],
  ])('refuses %s', (_name, input) => {
    expect(authorSchema.safeParse(input).success).toBe(false);
  });
});

describe('sectionSchema', () => {
  it('defaults order to 100', () => {
    expect(sectionSchema.parse({ name: 'Diplomacy' })).toEqual({ name: 'Diplomacy', order: 100 });
    expect(sectionSchema.parse({ name: 'Security', description: 'Conflict and policing.', order: 2 })).toEqual({
      name: 'Security',
      description: 'Conflict and policing.',
      order: 2,
    });
  });

  it.each([
    ['missing name', {}],
    ['name too long', { name: 's'.repeat(61) }],
    ['description too long', { name: 'S', description: 'd'.repeat(321) }],
    ['fractional order', { name: 'S', order: 1.5 }],
    ['order as text', { name: 'S', order: '1' }],
    ['bidi isolate in name', { name: 'S\u2066x' }],
    ['unknown key', { name: 'S', colour: 'red' }],
  ])('refuses %s', (_name, input) => {
    expect(sectionSchema.safeParse(input).success).toBe(false);
  });
});

describe('plain-text hardening', () => {
  const base = {
    title: 'T',
    description: 'D',
    published: '2026-11-01',
    authors: ['a'],
    section: 's',
  };
  it('keeps headlines on one line', () => {
    expect(articleFrontmatterSchema.safeParse({ ...base, title: 'Two\nlines' }).success).toBe(false);
    expect(articleFrontmatterSchema.safeParse({ ...base, title: 'Tab\there' }).success).toBe(false);
    expect(articleFrontmatterSchema.safeParse({ ...base, description: 'A standfirst\nover two lines' }).success).toBe(true);
  });
  it.each(['\u200B', '\u2028', '\u2029', '\uFEFF'])('rejects invisible U+%s in a headline', (ch) => {
    expect(articleFrontmatterSchema.safeParse({ ...base, title: `Hidden${ch}text` }).success).toBe(false);
  });
  it('keeps ZWNJ, which Persian and Pashto spelling needs', () => {
    expect(articleFrontmatterSchema.safeParse({ ...base, title: 'می‌خواهند' }).success).toBe(true);
  });
  it('rejects canonical URLs carrying credentials', () => {
    expect(articleFrontmatterSchema.safeParse({ ...base, canonical: 'https://user:pass@example.org/a' }).success).toBe(false);
    expect(articleFrontmatterSchema.safeParse({ ...base, canonical: 'https://example.org/a?x=@y' }).success).toBe(true);
  });
});
