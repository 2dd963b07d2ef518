// Generated pages for benchmarks: realistic article markup at a chosen size.
//   sections(1500) ≈ 13,500 elements: heading, paragraph with span/link/strong, a list.

/** CSS for a page authored in px (most Chinese and charity sites) or in rem. */
export function siteCss(unit = 'px') {
  const size = (px) => (unit === 'px' ? `${px}px` : `${px / 16}rem`);
  return `
    body { font-family: sans-serif; font-size: ${size(14)}; line-height: ${size(22)}; margin: 0 ${size(16)}; }
    h2 { font-size: ${size(20)}; line-height: ${size(28)}; margin: ${size(16)} 0 ${size(8)}; }
    p { font-size: ${size(15)}; line-height: ${size(24)}; }
    p span { font-size: ${size(13)}; }
    a { font-size: ${size(14)}; color: #0645ad; }
    strong { font-size: ${size(16)}; }
    li { font-size: ${size(14)}; line-height: ${size(20)}; }
    .meta { font-size: ${size(12)}; }
  `;
}

export function sectionsHtml(count) {
  let html = '';
  for (let i = 0; i < count; i++) {
    html += `<section><h2>第 ${i} 节 Section ${i}</h2><p>这是一段正文 body text <span class="meta">注释 ${i}</span> with a <a href="#s${i}">link 链接</a> and <strong>strong words</strong>.</p><ul><li>项目 one</li><li>项目 two</li><li>项目 three</li></ul></section>`;
  }
  return html;
}

export function pageHtml({ sections = 1500, unit = 'px' } = {}) {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>${siteCss(unit)}</style></head><body>${sectionsHtml(sections)}</body></html>`;
}
