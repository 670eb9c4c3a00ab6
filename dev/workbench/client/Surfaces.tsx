import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { ThemeName } from '../../../src/ui/host/hostContext';
import { teamsTheme } from '../../../src/ui/host/themes';
import { sharePointTheme, type SectionBackground } from './sharePointTheme';
import type { SectionLayout } from './workbenchState';

const classes = mergeStyleSets({
  spPage: { background: '#ffffff', minHeight: '100%' },
  spHeader: { padding: '16px 24px', borderBottom: '1px solid #edebe9', background: '#ffffff' },
  spSiteTitle: { margin: 0, fontSize: 24, fontWeight: 600, color: '#323130' },
  section: { padding: '24px 16px' },
  columns: {
    display: 'grid',
    gap: 24,
    maxWidth: 1204,
    margin: '0 auto',
    // SharePoint stacks columns on narrow screens.
    '@media (max-width: 640px)': { gridTemplateColumns: '1fr !important' }
  },
  column: { minWidth: 0 },
  fullPage: { padding: 16, minHeight: '100%', background: '#ffffff' },
  teams: { display: 'flex', minHeight: '100%' },
  teamsRail: { width: 68, flex: '0 0 68px', '@media (max-width: 640px)': { display: 'none' } },
  teamsMain: { flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column' },
  teamsHeader: { padding: '12px 20px', fontSize: 18, fontWeight: 700 },
  teamsCanvas: { flex: 1, padding: 20, minWidth: 0 }
});

export interface ISharePointPageProps {
  siteTitle: string;
  layout: SectionLayout;
  background: SectionBackground;
  children: React.ReactNode[];
}

/** A modern SharePoint page: site header and one section with 1–3 columns and a section background. */
export function SharePointPage(props: ISharePointPageProps): React.ReactElement {
  const theme = sharePointTheme(props.background);
  const columns = props.layout === 1 ? '1fr' : props.layout === 2 ? '1fr 1fr' : '1fr 1fr 1fr';
  return (
    <div className={classes.spPage}>
      <header className={classes.spHeader}>
        <p className={classes.spSiteTitle}>{props.siteTitle}</p>
      </header>
      <div className={classes.section} style={{ background: theme.semanticColors.bodyBackground, color: theme.semanticColors.bodyText }} data-section-background={props.background}>
        <div className={classes.columns} style={{ gridTemplateColumns: columns }}>
          {props.children.map((child, i) => (
            <div className={classes.column} key={i} data-column={i + 1}>
              {child}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}

export function FullPage(props: { children: React.ReactNode }): React.ReactElement {
  return <div className={classes.fullPage}>{props.children}</div>;
}

const railColours: Record<Exclude<ThemeName, 'sharepoint'>, string> = { default: '#ebebeb', dark: '#0a0a0a', contrast: '#000000' };

/** Teams chrome around a tab or personal app, in the chosen Teams theme. */
export function TeamsFrame(props: { themeName: Exclude<ThemeName, 'sharepoint'>; title: string; children: React.ReactNode }): React.ReactElement {
  const theme = teamsTheme(props.themeName);
  const border = props.themeName === 'contrast' ? '1px solid #ffffff' : `1px solid ${theme.palette.neutralLight}`;
  return (
    <div className={classes.teams} style={{ background: theme.semanticColors.bodyBackground, color: theme.semanticColors.bodyText }}>
      <div className={classes.teamsRail} style={{ background: railColours[props.themeName], borderRight: border }} aria-hidden="true" />
      <div className={classes.teamsMain}>
        <div className={classes.teamsHeader} style={{ borderBottom: border }}>
          {props.title}
        </div>
        <div className={classes.teamsCanvas}>{props.children}</div>
      </div>
    </div>
  );
}
