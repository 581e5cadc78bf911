import { defaultDarkTheme, defaultLightTheme, type RaThemeOptions } from 'react-admin';

/** System Chinese fonts only: the platform runs air-gapped, so no web fonts are loaded. */
export const FONT_STACK = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';

const withChineseFonts = (theme: RaThemeOptions): RaThemeOptions => ({
  ...theme,
  typography: { ...(theme.typography as object), fontFamily: FONT_STACK },
});

export const lightTheme = withChineseFonts(defaultLightTheme);
export const darkTheme = withChineseFonts(defaultDarkTheme);
