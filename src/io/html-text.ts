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
    if (article?.textContent) {
      text = article.textContent;
      title = article.title?.trim() || title;
    }
  } catch {
    // Readability gives up on odd DOMs: the body text below is the fallback.
  }
  if (!text.trim()) {
    const { document: fresh } = parseHTML(html);
    for (const el of fresh.querySelectorAll('script, style, noscript, nav, footer, header')) el.remove();
    text = fresh.body?.textContent ?? '';
  }
  return { text: tidy(text), ...(title ? { title } : {}), ...(canonical ? { url: canonical } : {}), ...(lang ? { lang } : {}) };
}

/** Collapses the whitespace of extracted text, keeping paragraph breaks. */
export function tidy(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0)
    .join('\n\n');
}
