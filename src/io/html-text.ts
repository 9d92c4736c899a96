/**
 * Main text of an HTML page with Mozilla Readability (the Firefox reader view) on a linkedom DOM: boilerplate
 * (menus, footers, cookie banners) stays out of the dataset. Falls back to the body text when Readability finds
 * no article (short pages).
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface HtmlText { text: string; title?: string; url?: string; lang?: string }

export function htmlToText(html: string): HtmlText {
  const { document } = parseHTML(html);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href')
    ?? document.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? undefined;
  const lang = document.documentElement?.getAttribute('lang') ?? undefined;
  const fallbackTitle = document.querySelector('title')?.textContent?.trim() || undefined;
  let text = '';
  let title = fallbackTitle;
  try {
    const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 100 }).parse();
    if (article?.content) {
      text = blockText(article.content);
      title = article.title?.trim() || title;
    }
  } catch {
    // Readability gives up on odd DOMs: the body text below is the fallback.
  }
  if (!text.trim()) {
    const { document: fresh } = parseHTML(html);
    for (const el of fresh.querySelectorAll('script, style, noscript, nav, footer, header')) el.remove();
    text = blockText(fresh.body?.innerHTML ?? '');
  }
  return { text: tidy(text), ...(title ? { title } : {}), ...(canonical ? { url: canonical } : {}), ...(lang ? { lang } : {}) };
}

const BLOCK_END = /<\/(p|div|li|h[1-6]|tr|td|th|blockquote|pre|section|article|header|footer|ul|ol|table|dd|dt)>/gi;

/**
 * Text of an HTML fragment with a paragraph break after every block element: `textContent` alone glues
 * "…Cordialement, Jean</p><p>Merci à tous" into "Jean Merci", which both reads wrong and misleads name detection.
 */
function blockText(fragment: string): string {
  const marked = fragment.replace(BLOCK_END, '$&\n\n').replace(/<br\s*\/?>/gi, '\n');
  const { document } = parseHTML(`<!doctype html><html><body>${marked}</body></html>`);
  return document.body?.textContent ?? '';
}

/** Collapses the whitespace of extracted text, keeping paragraph breaks. */
export function tidy(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0)
    .join('\n\n');
}
