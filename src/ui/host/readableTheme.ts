import type { ISemanticColors, ITheme } from '@fluentui/react/lib/Styling';

/**
 * SharePoint hands a web part in a section with a background (neutral, soft, strong) a theme variant whose
 * body background is the section's. Fluent's variants recolour the body text, links and subtext, but not
 * the status text colours: on a strong (theme-coloured) section `errorText` stays dark red, 1.6:1 against
 * SharePoint's blue. This keeps every text colour used directly on the body background at WCAG AA (4.5:1),
 * falling back to the variant's own body text colour (or black or white) where it is not. Themes that
 * already meet it (the site theme, Teams' themes) come back unchanged.
 */
const TEXT_ON_BODY: ReadonlyArray<keyof ISemanticColors> = [
  'bodyText',
  'bodySubtext',
  'errorText',
  'warningText',
  'successText',
  'link',
  'linkHovered',
  'actionLink',
  'actionLinkHovered'
];

const AA_TEXT = 4.5;

/** sRGB channels 0–255 of `#rgb`, `#rrggbb`, `rgb()` or an opaque `rgba()`; undefined for anything else. */
function channels(colour: string): [number, number, number] | undefined {
  const c = colour.trim().toLowerCase();
  let m = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(c);
  if (m) return [parseInt(m[1] + m[1], 16), parseInt(m[2] + m[2], 16), parseInt(m[3] + m[3], 16)];
  m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/.exec(c);
  if (m) return [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)];
  m = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*(1|1\.0+)\s*)?\)$/.exec(c);
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3])];
  return undefined;
}

function luminance([r, g, b]: [number, number, number]): number {
  const lin = (v: number): number => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of two colours (1–21), or undefined when either is not a plain opaque colour. */
export function contrastRatio(a: string, b: string): number | undefined {
  const ca = channels(a);
  const cb = channels(b);
  if (!ca || !cb) return undefined;
  const [hi, lo] = [luminance(ca), luminance(cb)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

export function readableTheme(theme: ITheme): ITheme {
  const s = theme.semanticColors;
  const background = s.bodyBackground;
  const readable = (colour: string | undefined): boolean => colour === undefined || (contrastRatio(colour, background) ?? AA_TEXT) >= AA_TEXT;
  const fallback = [s.bodyText, '#000000', '#ffffff'].find((c) => readable(c)) ?? s.bodyText;
  const fixes: Partial<ISemanticColors> = {};
  for (const key of TEXT_ON_BODY) {
    const colour = s[key] as string | undefined;
    if (typeof colour === 'string' && !readable(colour)) (fixes as Record<string, string>)[key] = fallback;
  }
  return Object.keys(fixes).length === 0 ? theme : { ...theme, semanticColors: { ...s, ...fixes } };
}
