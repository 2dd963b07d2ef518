// Set before the script tag runs, as docs/embed.md shows.
window.ReachableConfig = { lang: 'zh-TW', features: ['fontScale', 'textSpacing'], storageKey: 'test-site', messages: { title: '閱讀助手' } };
