import { SCHEME_COLORS } from '@reachable/core';
import { usePreference } from '@reachable/react';
import { ConfigProvider, type ThemeConfig } from 'antd';
import type { ReactNode } from 'react';

type Status = 'Success' | 'Warning' | 'Error' | 'Info';

/**
 * antd's tokens in a scheme's colours. antd derives hovers, tints and rings from a few seed colours with its
 * colour algorithm, which gives colours that are not the scheme's (a tint of white is white), so every derived
 * token a component reads is set here too.
 */
export function schemeTheme(fg: string, bg: string, link: string): ThemeConfig {
  // No hue keeps 7:1 in every scheme: the status colours take the text colour, their tints the background.
  const status = (name: Status) => ({
    [`color${name}`]: fg,
    [`color${name}Hover`]: fg,
    [`color${name}Active`]: fg,
    [`color${name}Text`]: fg,
    [`color${name}TextHover`]: fg,
    [`color${name}TextActive`]: fg,
    [`color${name}Border`]: fg,
    [`color${name}BorderHover`]: fg,
    [`color${name}Bg`]: bg,
    [`color${name}BgHover`]: bg,
  });
  return {
    token: {
      colorTextBase: fg,
      colorBgBase: bg,
      // antd draws secondary text, placeholders and icons in translucent tints of the text: all become the text.
      colorText: fg,
      colorTextSecondary: fg,
      colorTextTertiary: fg,
      colorTextQuaternary: fg,
      colorTextPlaceholder: fg,
      colorTextHeading: fg,
      colorTextLabel: fg,
      colorTextDescription: fg,
      colorIcon: fg,
      colorIconHover: fg,
      colorBgContainer: bg,
      colorBgElevated: bg,
      colorBgLayout: bg,
      colorBorder: fg,
      colorBorderSecondary: fg,
      colorSplit: fg,
      // Fills (table headers, default tags, hovered rows) are tints of the text: the background.
      colorFill: bg,
      colorFillSecondary: bg,
      colorFillTertiary: bg,
      colorFillQuaternary: bg,
      colorFillAlter: bg,
      colorFillContent: bg,
      // The primary colour and every state of it is the link colour; its tints are the background.
      colorPrimary: link,
      colorPrimaryHover: link,
      colorPrimaryActive: link,
      colorPrimaryText: link,
      colorPrimaryTextHover: link,
      colorPrimaryTextActive: link,
      colorPrimaryBorder: link, // also the focus outline (lineWidthFocus, 3px)
      colorPrimaryBorderHover: link,
      colorPrimaryBg: bg,
      colorPrimaryBgHover: bg,
      colorLink: link,
      colorLinkHover: link,
      colorLinkActive: link,
      colorTextLightSolid: bg, // the text on a filled button, tag or checked radio button
      ...status('Success'),
      ...status('Warning'),
      ...status('Error'),
      ...status('Info'),
      controlOutline: link, // the ring of a focused field
      controlOutlineWidth: 2,
      controlItemBgHover: bg,
      controlItemBgActive: bg,
      controlItemBgActiveHover: bg,
    },
    components: {
      // The chosen option swaps its colours, as a tint of the background would vanish into it. The option the
      // keyboard is on has no token but its tint: antd.css outlines it.
      Select: { optionSelectedBg: fg, optionSelectedColor: bg },
    },
  };
}

/** antd's theme for the visitor's colour scheme; antd's own while the visitor has none. */
export function SchemeTheme({ children }: { children: ReactNode }) {
  const [colorScheme] = usePreference('colorScheme');
  if (colorScheme === 'default') return <ConfigProvider>{children}</ConfigProvider>;
  const [fg, bg, link] = SCHEME_COLORS[colorScheme];
  return <ConfigProvider theme={schemeTheme(fg, bg, link)}>{children}</ConfigProvider>;
}
