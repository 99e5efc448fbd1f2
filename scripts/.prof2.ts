import { readFileSync, readdirSync } from 'node:fs';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import rehypeArticleHtml from '../src/markdown/rehype-article-html.ts';
import remarkArticleLinks from '../src/markdown/remark-article-links.ts';
import { sanitizeSchema } from '../src/markdown/sanitize-schema.ts';
const dir = '/tmp/corpus/c1000/articles';
const bodies = readdirSync(dir).slice(0, 300).map((f) => readFileSync(`${dir}/${f}`, 'utf8').split('\n---\n')[1]!);
function time(name: string, build: () => any) {
  const p = build().freeze();
  for (const b of bodies.slice(0, 50)) p.processSync(b);
  const t = performance.now();
  for (const b of bodies) p.processSync(b);
  console.log(name.padEnd(30), ((performance.now() - t) / bodies.length).toFixed(2), 'ms/article');
}
const base = () => unified().use(remarkParse);
time('parse+stringify', () => base().use(remarkRehype).use(rehypeStringify));
time('+gfm', () => base().use(remarkGfm).use(remarkRehype).use(rehypeStringify));
time('+links', () => base().use(remarkArticleLinks, { siteUrl: 'https://x.org' }).use(remarkRehype).use(rehypeStringify));
time('+raw', () => base().use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw).use(rehypeStringify));
time('+sanitize', () => base().use(remarkRehype).use(rehypeSanitize, sanitizeSchema).use(rehypeStringify));
time('+articleHtml', () => base().use(remarkRehype).use(rehypeArticleHtml).use(rehypeStringify));
time('full', () => base().use(remarkGfm).use(remarkArticleLinks, { siteUrl: 'https://x.org' }).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw).use(rehypeSanitize, sanitizeSchema).use(rehypeArticleHtml).use(rehypeStringify));
