// The site's configuration, read by the script tag that follows (a file of its own: the page's policy allows no inline script).
window.ReachableConfig = {
  // A preset of this site's own, offered after 关怀模式: quieter pages for reading the report.
  presets: {
    calm: { name: { 'zh-CN': '安静阅读', 'zh-TW': '安靜閱讀', en: 'Calm reading' }, values: { reduceMotion: true, readingGuide: 'line' } },
  },
};
