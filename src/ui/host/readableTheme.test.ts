import { createTheme } from '@fluentui/react/lib/Styling';
import { getNeutralVariant, getSoftVariant, getStrongVariant } from '@fluentui/scheme-utilities';
import { contrastRatio, readableTheme } from './readableTheme';
import { teamsTheme } from './themes';

// SharePoint Online's default "Blue" site theme, as the workbench uses it.
const site = createTheme({
  palette: {
    themePrimary: '#0078d4', themeLighterAlt: '#eff6fc', themeLighter: '#deecf9', themeLight: '#c7e0f4', themeTertiary: '#71afe5',
    themeSecondary: '#2b88d8', themeDarkAlt: '#106ebe', themeDark: '#005a9e', themeDarker: '#004578', neutralLighterAlt: '#faf9f8',
    neutralLighter: '#f3f2f1', neutralLight: '#edebe9', neutralQuaternaryAlt: '#e1dfdd', neutralQuaternary: '#d0d0d0',
    neutralTertiaryAlt: '#c8c6c4', neutralTertiary: '#a19f9d', neutralSecondary: '#605e5c', neutralPrimaryAlt: '#3b3a39',
    neutralPrimary: '#323130', neutralDark: '#201f1e', black: '#000000', white: '#ffffff'
  }
});

const TEXT = ['bodyText', 'bodySubtext', 'errorText', 'warningText', 'successText', 'link', 'linkHovered', 'actionLink', 'actionLinkHovered'] as const;

describe('contrastRatio', () => {
  it('follows WCAG: black on white is 21, a colour on itself 1, and it is symmetric', () => {
    expect(contrastRatio('#000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#0078d4', '#0078d4')).toBeCloseTo(1, 5);
    expect(contrastRatio('#a4262c', '#0078d4')).toBeCloseTo(contrastRatio('#0078d4', '#a4262c') as number, 10);
    expect(contrastRatio('rgb(255, 255, 255)', '#0078d4')).toBeCloseTo(4.53, 2);
  });

  it('does not guess for colours it cannot read', () => {
    expect(contrastRatio('transparent', '#ffffff')).toBeUndefined();
    expect(contrastRatio('rgba(0, 0, 0, 0.5)', '#ffffff')).toBeUndefined();
  });
});

describe('readableTheme', () => {
  it('leaves the site theme, the neutral and soft variants and Teams themes as they are', () => {
    for (const theme of [site, getNeutralVariant(site), getSoftVariant(site), teamsTheme('default'), teamsTheme('dark'), teamsTheme('contrast')]) {
      expect(readableTheme(theme)).toBe(theme);
    }
  });

  it('makes every text colour on a strong section AA against its background, and says what it changed', () => {
    const strong = getStrongVariant(site);
    expect(contrastRatio(strong.semanticColors.errorText, strong.semanticColors.bodyBackground)).toBeLessThan(2);
    const fixed = readableTheme(strong);
    for (const key of TEXT) {
      const colour = fixed.semanticColors[key] as string | undefined;
      if (colour !== undefined) expect([key, (contrastRatio(colour, fixed.semanticColors.bodyBackground) as number) >= 4.5]).toEqual([key, true]);
    }
    expect(fixed.semanticColors.errorText).toBe(strong.semanticColors.bodyText);
    expect(fixed.palette).toBe(strong.palette);
    expect(fixed.semanticColors.bodyBackground).toBe(strong.semanticColors.bodyBackground);
  });
});
