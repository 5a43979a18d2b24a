import type { SampleDocument } from './documents';

/** HTML-escapes text for element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Turns one corpus document into a page shaped like the site it came from. */
export function renderPage(doc: SampleDocument, corpusText: string): string {
  const paragraphs = corpusText
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line, i) => line !== '' && !doc.skipLine?.(line, i))
    .map((line) => `      <p>${escapeHtml(line)}</p>`)
    .join('\n');
  const e = escapeHtml;
  const meta = doc.gov
    ? [
        ['SiteName', doc.gov.siteName],
        ['SiteDomain', doc.gov.siteDomain],
        ['SiteIDCode', doc.gov.siteIdCode],
        ['ColumnName', doc.gov.columnName],
        ['ColumnType', '新闻'],
        ['ArticleTitle', doc.title],
        ['PubDate', `${doc.date} 10:00`],
        ['ContentSource', doc.gov.contentSource],
      ]
        .map(([name, content]) => `  <meta name="${name}" content="${e(content)}">`)
        .join('\n')
    : `  <meta property="og:site_name" content="${e(doc.portal?.name ?? '')}">`;
  const header = doc.gov
    ? `  <header class="gov-header">
    <div class="emblem" aria-hidden="true">★</div>
    <div class="site-name">${e(doc.gov.siteName)}</div>
    <nav><a href="#">首页</a> <a href="#">${e(doc.gov.columnName)}</a> <a href="#">政务公开</a> <a href="#">政务服务</a> <a href="#">互动交流</a></nav>
  </header>`
    : `  <header class="portal-header"><div class="site-name">${e(doc.portal?.name ?? '')}</div>
    <nav><a href="#">首页</a> <a href="#">新闻</a> <a href="#">财经</a></nav></header>`;
  const info = doc.gov
    ? `<div class="info">来源：${e(doc.gov.contentSource)}　发布时间：${e(doc.date)}　字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>　<a href="#">打印本页</a></div>`
    : `<div class="info">${e(doc.date)}　来源：${e(doc.portal?.name ?? '')}</div>`;
  const footer = doc.gov
    ? `  <footer class="gov-footer">${e(doc.gov.footer)}　<a href="#">政府网站找错</a></footer>`
    : `  <footer class="portal-footer">© ${e(doc.portal?.name ?? '')}</footer>`;
  return `<!doctype html>
<html lang="${doc.lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${e(doc.title)}</title>
${meta}
  <style>
    body { font-family: "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; margin: 0; color: #222; background: #fff; }
    .gov-header { background: #b5121b; color: #fff; padding: 12px 24px; }
    .portal-header { background: #333; color: #fff; padding: 12px 24px; }
    header nav a { color: #fff; margin-right: 12px; }
    main { max-width: 860px; margin: 24px auto; padding: 0 16px; line-height: 1.9; font-size: 18px; }
    h1 { font-size: 26px; line-height: 1.4; }
    .info { color: #666; font-size: 14px; border-bottom: 1px solid #ddd; padding-bottom: 8px; }
    footer { color: #666; font-size: 13px; text-align: center; padding: 24px; border-top: 1px solid #ddd; }
  </style>
</head>
<body>
${header}
  <main>
    <article>
      <h1>${e(doc.title)}</h1>
      ${info}
${paragraphs}
    </article>
  </main>
${footer}
</body>
</html>
`;
}
