/**
 * Structured data, typed with schema-dts, built from the same values the page shows (one source of truth
 * for dates), and serialised so nothing in it can close the surrounding <script>.
 */
import type { BreadcrumbList, NewsArticle, Organization, Person, ProfilePage, WebSite, WithContext } from 'schema-dts';
import { site } from '#/site.config.ts';
import type { Article, AuthorEntry } from '#/domain/newsroom.ts';
import { absoluteUrl, articlePath, authorPath, sectionPath } from '#/domain/urls.ts';
import { bylineSource } from '#/domain/byline.ts';

/** JSON for an inline `<script type="application/ld+json">`: `<`, `>`, `&`, U+2028 and U+2029 escaped. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function publisher(): Organization {
  return {
    '@type': 'Organization',
    name: site.name,
    url: absoluteUrl('/'),
    logo: { '@type': 'ImageObject', url: absoluteUrl(site.logo) },
  };
}

export function person(author: AuthorEntry): Person {
  return {
    '@type': 'Person',
    name: author.data.name,
    url: absoluteUrl(authorPath(author.id)),
    ...(author.data.role ? { jobTitle: author.data.role } : {}),
    ...(author.data.url ? { sameAs: author.data.url } : {}),
  };
}

export function newsArticle(article: Article, imageUrl: string | undefined): WithContext<NewsArticle> {
  const { data } = article;
  const url = absoluteUrl(articlePath(article.slug));
  const source = bylineSource(data.source, article.authors.map((a) => a.data.name));
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: data.title,
    description: data.description,
    datePublished: data.published.iso,
    dateModified: article.modified.iso,
    author: article.authors.map(person),
    publisher: publisher(),
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    articleSection: article.section.data.name,
    inLanguage: data.lang ?? site.lang,
    ...(imageUrl ? { image: [imageUrl] } : {}),
    // The topics as the page shows them (typeset: Traders’ week), as in the feeds (round 18).
    ...(article.tags.length ? { keywords: article.tags.map((t) => t.name).join(', ') } : {}),
    // Not the author's own name again ("By X for X", round 37b #3: byline.ts).
    ...(source ? { sourceOrganization: { '@type': 'Organization', name: source } } : {}),
    ...(data.dateline ? { locationCreated: { '@type': 'Place', name: data.dateline } } : {}),
    ...(data.canonical ? { isBasedOn: data.canonical } : {}),
    wordCount: article.wordCount,
  };
}

export function articleBreadcrumbs(article: Article): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: [
      { '@type': 'ListItem', position: 1, name: site.name, item: absoluteUrl('/') },
      { '@type': 'ListItem', position: 2, name: article.section.data.name, item: absoluteUrl(sectionPath(article.section.id)) },
      { '@type': 'ListItem', position: 3, name: article.data.title, item: absoluteUrl(articlePath(article.slug)) },
    ],
  };
}

export function profilePage(author: AuthorEntry): WithContext<ProfilePage> {
  return { '@context': 'https://schema.org', '@type': 'ProfilePage', mainEntity: person(author), url: absoluteUrl(authorPath(author.id)) };
}

export function webSite(): WithContext<WebSite> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: site.name,
    description: site.tagline,
    url: absoluteUrl('/'),
    inLanguage: site.lang,
    publisher: publisher(),
    potentialAction: {
      '@type': 'SearchAction',
      target: `${absoluteUrl('/search/')}?q={search_term_string}`,
      // schema-dts has no type for Google's query-input extension.
      ...({ 'query-input': 'required name=search_term_string' } as object),
    },
  };
}
