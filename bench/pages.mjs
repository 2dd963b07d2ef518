// Generated pages for the benchmarks: realistic article markup at a chosen size.
// One section is 9 elements (section, heading, paragraph with span/link/strong,
// a list of two), so 1,500 sections ≈ 13,500 elements.

export const ELEMENTS_PER_SECTION = 9;

/** CSS for a page authored in px (most Chinese and charity sites) or its rem twin. */
export function siteCss(unit = 'px') {
  const size = (px) => (unit === 'px' ? `${px}px` : `${px / 16}rem`);
  return `
    body { font-family: sans-serif; font-size: ${size(14)}; line-height: ${size(22)}; margin: 0 ${size(16)}; color: #333; background: #fff; }
    h2 { font-size: ${size(20)}; line-height: ${size(28)}; margin: ${size(16)} 0 ${size(8)}; color: #123; }
    p { font-size: ${size(15)}; line-height: ${size(24)}; }
    p span { font-size: ${size(13)}; color: #777; }
    a { font-size: ${size(14)}; color: #0645ad; }
    strong { font-size: ${size(16)}; }
    li { font-size: ${size(14)}; line-height: ${size(20)}; }
    section { border-bottom: 1px solid #ddd; background: #fafafa; }
  `;
}

export function sectionsHtml(count) {
  let html = '';
  for (let i = 0; i < count; i++) {
    html += `<section><h2>第 ${i} 节 Section ${i}</h2><p>这是一段正文 body text <span>注释 ${i}</span> with a <a href="#s${i}">link 链接</a> and <strong>strong words</strong>.</p><ul><li>项目 one</li><li>项目 two</li></ul></section>`;
  }
  return html;
}

/** A whole page of about `elements` elements. */
export function pageHtml({ elements = 13_500, unit = 'px', extraCss = '' } = {}) {
  const sections = Math.max(1, Math.round(elements / ELEMENTS_PER_SECTION));
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>bench</title><style>${siteCss(unit)}${extraCss}</style></head><body>${sectionsHtml(sections)}</body></html>`;
}
