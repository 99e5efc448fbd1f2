import { describe, expect, it } from 'vitest';
import { cardTextDrawable, sectionOnCard, uncoveredGrapheme } from '#/outputs/card-coverage.ts';
import { generatedCardPath, socialCardOf } from '#/outputs/social-cards.ts';

const cardFor = (title: string, section = 'World', siteName = 'Dateline') =>
  generatedCardPath({ slug: 's', title, section, hasImage: false }, 'generated', siteName);

describe('social cards draw only what the bundled fonts cover (their cmap tables)', () => {
  it.each([
    ['😀', 'Kabul talks 😀 resume'],
    ['🇦🇫', 'Talks resume with 🇦🇫 flags'],
    ['1️⃣', 'Keycap 1️⃣ on the ballot'],
    ['👩‍⚕️', 'Doctors 👩‍⚕️ return to Herat'],
    ['🫱🏽‍🫲🏼', 'A handshake 🫱🏽‍🫲🏼 at the border'],
    ['✈', 'Flights ✈ resume'],
    ['☪', 'Eid ☪ prayers'],
    ['⚠', 'Flood ⚠ warning'],
    ['♻', 'Recycling ♻ plan'],
    ['🕌', 'Mosque 🕌 restored'],
    ['✈️', 'Flights ✈️ resume'],
    ['©️', 'Photo ©️ agency'],
  ])('%s: the whole grapheme is uncovered, so the article keeps the site card', (grapheme, title) => {
    expect(uncoveredGrapheme(title)).toBe(grapheme);
    expect(cardFor(title)).toBeUndefined();
  });

  it('the headlines of the report keep the site card, the Pashto one too', () => {
    for (const title of [
      'Kabul talks 😀 resume with 🇦🇫 flags',
      'Flags 🇦🇫 🇵🇰 and keycap 1️⃣ and 👩‍⚕️ doctors',
      'Mosque 🕌 and 🤝 handshake and 🫱🏽‍🫲🏼',
      'Pashto with emoji 🇦🇫 کابل خبرې',
    ])
      expect(cardFor(title), title).toBeUndefined();
  });

  it('Dari and Pashto with zero-width non-joiners (and bidi marks) are drawn', () => {
    for (const title of [
      'گفت‌وگوهای صلح در کابل از سر گرفته می‌شود',
      'د کرکټ ملي لوبډله نړیوال جام ته ورسېده',
      'ولسمشر وویل چې خبرې‌اترې به دوام ومومي',
      '\u200fکابل: ۲۰۲۶ کال',
    ]) {
      expect(uncoveredGrapheme(title), title).toBeUndefined();
      expect(cardFor(title, 'ټولنه'), title).toBe('/og/s.png');
    }
  });

  it('Latin, Greek, Cyrillic and Vietnamese headlines with typographic signs are drawn', () => {
    for (const title of [
      'Café – “quoted” 2026',
      'Envoy\u202f: talks resume © ™ ½ € № …',
      'Αθήνα και Κίεβο: Переговоры продолжаются',
      'Hà Nội đón phái đoàn',
      'Text form of the sign ©\ufe0e, soft\u00adhyphen, word\u2060joiner',
    ])
      expect(uncoveredGrapheme(title), title).toBeUndefined();
  });

  it('scripts the fonts lack keep the site card: CJK, Devanagari, Thai, Hebrew', () => {
    for (const [title, grapheme] of [
      ['喀布尔的使者', '喀'],
      ['हिन्दी समाचार', 'हि'],
      ['ภาษาไทย', 'ภ'],
      ['שלום', 'ש'],
    ])
      expect(uncoveredGrapheme(title!)).toBe(grapheme);
  });

  it('checks the section name as the card sets it, and the site name', () => {
    expect(sectionOnCard('World')).toEqual({ text: 'WORLD', spaced: true });
    expect(sectionOnCard('ټولنه')).toEqual({ text: 'ټولنه', spaced: false });
    expect(cardTextDrawable({ title: 'Envoy lands', section: 'Sport ⚽', siteName: 'Dateline' })).toBe(false);
    expect(cardTextDrawable({ title: 'Envoy lands', section: 'Sport', siteName: 'Dateline 🗞' })).toBe(false);
    expect(cardTextDrawable({ title: 'Envoy lands', section: 'Sport', siteName: 'Dateline' })).toBe(true);
  });

  it('the page points at the site card when the card cannot be drawn', () => {
    const article = (title: string) => ({ slug: 's', data: { title }, section: { data: { name: 'World' } } });
    expect(socialCardOf(article('Kabul talks 😀 resume'), 'generated', 'Dateline')).toEqual({ kind: 'site' });
    expect(socialCardOf(article('Kabul talks resume'), 'generated', 'Dateline')).toMatchObject({ kind: 'generated', path: '/og/s.png' });
  });
});
