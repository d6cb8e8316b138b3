/**
 * Known content rendered as HTML pages, for tests that compare the HTML path with the original
 * format: Markdown through mdast-util-to-hast (as remark-rehype renders it), plain text through
 * the sections the text parser reads in it.
 */
import type { Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import { loadMarkdownParser } from '../src/parse/markdown.js';
import { parseNotice } from '../src/parse/index.js';

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function page(body: string, language: string, title = ''): string {
  return `<!DOCTYPE html>\n<html lang="${language}">\n<head><meta charset="utf-8"><title>${escape(title)}</title></head>\n<body>\n<main>\n${body}\n</main>\n</body>\n</html>\n`;
}

/** The front matter's `date:`, which static-site templates show on the page. */
function frontMatterDate(markdown: string): string | undefined {
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(markdown)?.[1] ?? '';
  return /^date:\s*["']?(\d{4}-\d{2}-\d{2})/m.exec(frontMatter)?.[1];
}

/**
 * A Markdown notice as a static-site generator publishes it: the front matter is not shown,
 * except its date, which the page template shows in a `<time>` element.
 */
export async function markdownToHtml(markdown: string, language: string): Promise<string> {
  const parse = await loadMarkdownParser(true);
  const tree = toHast(parse(markdown), { allowDangerousHtml: true }) as HastRoot;
  const date = frontMatterDate(markdown);
  const dated = date ? `<p><time datetime="${date}">${date}</time></p>\n` : '';
  return page(dated + toHtml(tree, { allowDangerousHtml: true }), language);
}

/**
 * A plain-text notice as a page: each heading the text parser reads an `<h2>` (or deeper by its
 * level), each line of a body a paragraph, the text escaped so that HTML debris typed into the
 * text stays visible debris.
 */
export async function textToHtml(text: string): Promise<string> {
  const notice = await parseNotice(text, 'text');
  const paragraphs = (start: number, end: number): string =>
    text
      .slice(start, end)
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .map((line) => `<p>${escape(line)}</p>\n`)
      .join('');
  const blocks = notice.sections.map((section) => {
    const heading = text.slice(section.headingRange.start, section.headingRange.end).trim();
    const level = Math.min(6, section.level + 1);
    return `${heading ? `<h${level}>${escape(heading)}</h${level}>\n` : ''}${paragraphs(section.bodyRange.start, section.bodyRange.end)}`;
  });
  const first = notice.sections[0];
  const before = first ? paragraphs(0, Math.min(first.headingRange.start, first.bodyRange.start)) : paragraphs(0, text.length);
  const title = notice.title ? `<h1>${escape(notice.title)}</h1>\n` : '';
  return page(`${title}${before}${blocks.join('')}`, notice.language, notice.title);
}
