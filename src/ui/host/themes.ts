import { createTheme, type ITheme, type IPartialTheme } from '@fluentui/react/lib/Styling';
import type { ThemeName } from './hostContext';

// Teams' three themes expressed as Fluent v8 palettes. Values follow the Teams design tokens
// (brand #6264A7 family; dark surface #1F1F1F; high contrast black/yellow/cyan) so a part in a Teams tab
// looks native instead of SharePoint-blue.
const teamsDefault: IPartialTheme = {
  palette: {
    themePrimary: '#6264a7', themeLighterAlt: '#f7f7fb', themeLighter: '#e1e1f1', themeLight: '#c8c9e4',
    themeTertiary: '#989ac9', themeSecondary: '#6f71b0', themeDarkAlt: '#585a95', themeDark: '#4a4c7e',
    themeDarker: '#37385d', neutralLighterAlt: '#f5f5f5', neutralLighter: '#f0f0f0', neutralLight: '#e1dfdd',
    neutralQuaternaryAlt: '#d1d1d1', neutralQuaternary: '#c8c8c8', neutralTertiaryAlt: '#c8c6c4',
    neutralTertiary: '#a19f9d', neutralSecondary: '#605e5c', neutralPrimaryAlt: '#3b3a39',
    neutralPrimary: '#252423', neutralDark: '#201f1e', black: '#000000', white: '#ffffff'
  }
};

const teamsDark: IPartialTheme = {
  isInverted: true,
  palette: {
    themePrimary: '#a6a7dc', themeLighterAlt: '#07070a', themeLighter: '#1b1b23', themeLight: '#313246',
    themeTertiary: '#63648b', themeSecondary: '#9192c3', themeDarkAlt: '#aeafe0', themeDark: '#babbe5',
    themeDarker: '#cbccec', neutralLighterAlt: '#292929', neutralLighter: '#2d2c2c', neutralLight: '#3b3a39',
    neutralQuaternaryAlt: '#484644', neutralQuaternary: '#4f4d4b', neutralTertiaryAlt: '#6d6b69',
    neutralTertiary: '#c8c8c8', neutralSecondary: '#d0d0d0', neutralPrimaryAlt: '#dadada',
    neutralPrimary: '#ffffff', neutralDark: '#f4f4f4', black: '#f8f8f8', white: '#1f1f1f'
  }
};

const teamsContrast: IPartialTheme = {
  isInverted: true,
  palette: {
    themePrimary: '#ffff01', themeLighterAlt: '#0a0a00', themeLighter: '#292900', themeLight: '#4d4d00',
    themeTertiary: '#999900', themeSecondary: '#e0e000', themeDarkAlt: '#ffff19', themeDark: '#ffff3d',
    themeDarker: '#ffff70', neutralLighterAlt: '#000000', neutralLighter: '#000000', neutralLight: '#000000',
    neutralQuaternaryAlt: '#ffffff', neutralQuaternary: '#ffffff', neutralTertiaryAlt: '#ffffff',
    neutralTertiary: '#ffffff', neutralSecondary: '#ffffff', neutralPrimaryAlt: '#ffffff',
    neutralPrimary: '#ffffff', neutralDark: '#ffffff', black: '#ffffff', white: '#000000'
  },
  semanticColors: {
    link: '#ffff01', linkHovered: '#ffff01', inputBorder: '#ffffff', inputFocusBorderAlt: '#1aebff',
    buttonBorder: '#ffffff', focusBorder: '#1aebff', errorText: '#ff8a8a', bodyDivider: '#ffffff'
  }
};

const cache: Partial<Record<Exclude<ThemeName, 'sharepoint'>, ITheme>> = {};

/** The Fluent theme for one of Teams' themes; created once and reused so switching is cheap. */
export function teamsTheme(name: Exclude<ThemeName, 'sharepoint'>): ITheme {
  const existing = cache[name];
  if (existing) {
    return existing;
  }
  const source = name === 'dark' ? teamsDark : name === 'contrast' ? teamsContrast : teamsDefault;
  const theme = createTheme(source);
  cache[name] = theme;
  return theme;
}

/** Maps the Teams SDK's theme string (default | dark | contrast, anything else → default). */
export function themeNameFromTeams(value: string | undefined): Exclude<ThemeName, 'sharepoint'> {
  return value === 'dark' || value === 'contrast' ? value : 'default';
}
