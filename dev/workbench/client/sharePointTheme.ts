import { createTheme, type ITheme } from '@fluentui/react/lib/Styling';
import { getNeutralVariant, getSoftVariant, getStrongVariant } from '@fluentui/scheme-utilities';

/** SharePoint section backgrounds; the web part receives the matching theme variant (supportsThemeVariants). */
export type SectionBackground = 'none' | 'neutral' | 'soft' | 'strong';

// SharePoint Online's default "Blue" site theme.
const sharePointBlue: ITheme = createTheme({
  palette: {
    themePrimary: '#0078d4', themeLighterAlt: '#eff6fc', themeLighter: '#deecf9', themeLight: '#c7e0f4',
    themeTertiary: '#71afe5', themeSecondary: '#2b88d8', themeDarkAlt: '#106ebe', themeDark: '#005a9e',
    themeDarker: '#004578', neutralLighterAlt: '#faf9f8', neutralLighter: '#f3f2f1', neutralLight: '#edebe9',
    neutralQuaternaryAlt: '#e1dfdd', neutralQuaternary: '#d0d0d0', neutralTertiaryAlt: '#c8c6c4',
    neutralTertiary: '#a19f9d', neutralSecondary: '#605e5c', neutralPrimaryAlt: '#3b3a39',
    neutralPrimary: '#323130', neutralDark: '#201f1e', black: '#000000', white: '#ffffff'
  }
});

const variants: Record<SectionBackground, ITheme> = {
  none: sharePointBlue,
  neutral: getNeutralVariant(sharePointBlue),
  soft: getSoftVariant(sharePointBlue),
  strong: getStrongVariant(sharePointBlue)
};

/** The theme SharePoint hands a web part in a section with this background. */
export function sharePointTheme(background: SectionBackground): ITheme {
  return variants[background];
}
