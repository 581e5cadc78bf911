import { defaultDarkTheme, defaultLightTheme, type RaThemeOptions } from 'react-admin';

/** System Chinese fonts only: the platform runs air-gapped, so no web fonts are loaded. */
export const FONT_STACK = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';

/**
 * At 1280 px and on tablets the page itself never scrolls sideways: the content column may shrink below its widest
 * table (`minWidth: 0` in the flex layout) and wide list tables scroll inside their own card.
 */
const responsiveLists: RaThemeOptions['components'] = {
  // react-admin's layout is `min-width: fit-content`: the widest table would widen the whole page.
  RaLayout: { styleOverrides: { root: { minWidth: 0, '& .RaLayout-content': { minWidth: 0 } } } },
  // A list table keeps a readable width (columns are not squeezed to one character) and scrolls in its card instead.
  RaList: {
    styleOverrides: {
      root: { '& .RaList-main': { minWidth: 0 }, '& .RaList-content': { overflowX: 'auto' }, '& .RaList-content .MuiTable-root': { minWidth: 880 } },
    },
  },
};

const withChineseFonts = (theme: RaThemeOptions): RaThemeOptions => ({
  ...theme,
  typography: { ...(theme.typography as object), fontFamily: FONT_STACK },
  components: { ...theme.components, ...responsiveLists },
});

export const lightTheme = withChineseFonts(defaultLightTheme);
export const darkTheme = withChineseFonts(defaultDarkTheme);
