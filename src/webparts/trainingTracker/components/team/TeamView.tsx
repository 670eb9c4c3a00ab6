import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { Link } from '@fluentui/react/lib/Link';
import { Stack } from '@fluentui/react/lib/Stack';
import { mergeStyleSets, type ITheme } from '@fluentui/react/lib/Styling';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'SuiteStrings';
import {
  needsReminder,
  reminderLines,
  teamRollup,
  teamsChatLink,
  teamsReminderMessage,
  type IReportStatus,
  type ITeamsChatLink
} from '../../../../domain/training/team';
import type { IModuleStatus, ITrainingModule, ModuleState } from '../../../../domain/training/types';
import { csvFileName, type CsvCell } from '../../../../ui/export/csv';
import { CsvActions } from '../../../../ui/export/CsvActions';
import { formatDay, formatText } from '../../../../ui/format/text';
import { reminderWording } from './reminderText';

/** `auto` follows the width the part is given; `table` and `list` force one (tests, print). */
export type TeamLayout = 'auto' | 'table' | 'list';

export interface ITeamViewProps {
  /** The current reports' statuses (from `teamStatuses`). */
  reports: readonly IReportStatus[];
  modules: readonly ITrainingModule[];
  /** Reports who have left and are not shown. */
  leavers: number;
  today: string;
  locale: string;
  idPrefix: string;
  /** Where the reminder points people; undefined makes it say where in words. */
  trainingPageUrl: string | undefined;
  layout?: TeamLayout;
}

/** Below this width (of the part, not the window) seven columns do not fit: people become a stacked list. */
export const NARROW_BELOW_PX: number = 640;

function useNarrow(ref: React.RefObject<HTMLElement>, layout: TeamLayout): boolean {
  const [narrow, setNarrow] = React.useState(layout === 'list');
  React.useLayoutEffect(() => {
    if (layout !== 'auto') {
      setNarrow(layout === 'list');
      return undefined;
    }
    const element = ref.current;
    if (!element) return undefined;
    // Zero means "not laid out" (hidden tab, test DOM): keep the last answer rather than guess.
    const measure = (width: number): void => {
      if (width > 0) setNarrow(width < NARROW_BELOW_PX);
    };
    measure(element.clientWidth);
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver((entries) => measure(entries[0]?.contentRect.width ?? 0));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, layout]);
  return narrow;
}

function makeClasses(theme: ITheme): Record<
  'heading' | 'summary' | 'tile' | 'tileLabel' | 'tileValue' | 'tableWrap' | 'table' | 'cellList' | 'cards' | 'card' | 'fields' | 'meta' | 'attention' | 'linkList',
  string
> {
  const divider = `1px solid ${theme.semanticColors.bodyDivider}`;
  return mergeStyleSets({
    heading: { margin: 0, fontWeight: 600 },
    summary: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(140px, 1fr))', gap: 8, margin: 0 },
    tile: { border: divider, padding: 8, minWidth: 0, background: theme.semanticColors.bodyBackground, color: theme.semanticColors.bodyText },
    tileLabel: { fontSize: theme.fonts.small.fontSize, color: theme.semanticColors.bodySubtext, margin: 0 },
    tileValue: { fontSize: theme.fonts.xLarge.fontSize, fontWeight: 600, margin: 0 },
    tableWrap: { overflowX: 'auto', maxWidth: '100%' },
    table: {
      borderCollapse: 'collapse',
      width: '100%',
      color: theme.semanticColors.bodyText,
      selectors: {
        'th, td': { textAlign: 'left', verticalAlign: 'top', padding: '6px 8px', borderBottom: divider, overflowWrap: 'anywhere' },
        'thead th': { fontWeight: 600, color: theme.semanticColors.bodySubtext, borderBottom: `2px solid ${theme.semanticColors.bodyDivider}` },
        'tbody th': { fontWeight: 600 }
      }
    },
    cellList: { margin: 0, paddingLeft: 16 },
    cards: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8 },
    card: { border: divider, padding: 12, minWidth: 0, background: theme.semanticColors.bodyBackground, color: theme.semanticColors.bodyText },
    fields: {
      display: 'grid',
      gridTemplateColumns: 'max-content minmax(0, 1fr)',
      columnGap: 12,
      rowGap: 4,
      margin: '8px 0 0 0',
      selectors: { dt: { color: theme.semanticColors.bodySubtext }, dd: { margin: 0, overflowWrap: 'anywhere' } }
    },
    meta: { color: theme.semanticColors.bodySubtext, overflowWrap: 'anywhere' },
    attention: { color: theme.semanticColors.errorText, fontWeight: 600 },
    linkList: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 4 }
  });
}

const STATE_LABELS: Readonly<Record<ModuleState, string>> = {
  overdue: strings.TrainingGroupOverdue,
  dueSoon: strings.TrainingGroupDueSoon,
  upcoming: strings.TrainingGroupUpcoming,
  done: strings.TrainingGroupDone
};

/** One row per person and applicable module; a person nothing applies to still gets a row. */
export function teamCsvRows(reports: readonly IReportStatus[], modules: readonly ITrainingModule[]): CsvCell[][] {
  const titles = new Map(modules.map((m) => [m.key, m.title]));
  const rows: CsvCell[][] = [];
  for (const r of reports) {
    const l = r.member.learner;
    const who: CsvCell[] = [r.member.displayName, l.upn, l.force, l.department, l.jobTitle];
    if (r.statuses.length === 0) rows.push([...who, '', '', '']);
    for (const s of r.statuses) {
      // ISO days: Excel reads them as dates whatever the user's locale.
      const day = s.state === 'done' ? s.completion?.completedOn : s.dueOn;
      rows.push([...who, titles.get(s.moduleKey) ?? s.moduleKey, STATE_LABELS[s.state], day ?? '']);
    }
  }
  return rows;
}

export const TEAM_CSV_HEADERS: readonly string[] = [
  strings.TrainingTeamCsvName,
  strings.TrainingTeamCsvUpn,
  strings.TrainingTeamCsvForce,
  strings.TrainingTeamCsvDepartment,
  strings.TrainingTeamCsvRole,
  strings.TrainingTeamCsvModule,
  strings.TrainingTeamCsvState,
  strings.TrainingTeamCsvDate
];

interface IModuleListProps {
  statuses: readonly IModuleStatus[];
  /** `{0}` title, `{1}` due day. */
  template: string;
  titles: ReadonlyMap<string, string>;
  locale: string;
  listClass: string;
  itemClass?: string;
}

/** Modules in a cell: "None", one line, or a short list. */
function ModuleList(props: IModuleListProps): React.ReactElement {
  if (props.statuses.length === 0) return <>{strings.TrainingTeamNone}</>;
  const text = (s: IModuleStatus): string =>
    formatText(props.template, props.titles.get(s.moduleKey) ?? s.moduleKey, s.dueOn ? formatDay(s.dueOn, props.locale) : '');
  if (props.statuses.length === 1) return <span className={props.itemClass}>{text(props.statuses[0])}</span>;
  return (
    <ul className={props.listClass}>
      {props.statuses.map((s) => (
        <li key={s.moduleKey} className={props.itemClass}>
          {text(s)}
        </li>
      ))}
    </ul>
  );
}

function PersonLink(props: { link: ITeamsChatLink | undefined; name: string }): React.ReactElement | null {
  if (!props.link) return null;
  return (
    <Link
      href={props.link.url}
      target="_blank"
      rel="noopener noreferrer"
      aria-label={formatText(strings.TrainingReminderPersonLinkLabel, props.name)}
      styles={{ root: { display: 'inline-block', fontWeight: 400 } }}
    >
      {strings.TrainingReminderPersonLink}
    </Link>
  );
}

/**
 * A manager's team, loaded: summary, the people (a table, or a stacked list when the part is narrow),
 * a filter to those with something to chase, the reminder to send, and a CSV of what is shown.
 */
export function TeamView(props: ITeamViewProps): React.ReactElement {
  const { reports, modules, locale, idPrefix, trainingPageUrl } = props;
  const theme = useTheme();
  const classes = React.useMemo(() => makeClasses(theme), [theme]);
  const rootRef = React.useRef<HTMLDivElement>(null);
  const narrow = useNarrow(rootRef, props.layout ?? 'auto');
  const [onlyAttention, setOnlyAttention] = React.useState(false);
  const [copyStatus, setCopyStatus] = React.useState('');

  const titles = React.useMemo(() => new Map(modules.map((m) => [m.key, m.title])), [modules]);
  const rollup = React.useMemo(() => teamRollup(reports), [reports]);
  const toRemind = React.useMemo(() => reports.filter(needsReminder), [reports]);
  const shown = onlyAttention ? toRemind : reports;
  const formatDate = React.useCallback((day: string) => formatDay(day, locale), [locale]);

  const message = React.useMemo(
    () => teamsReminderMessage(reminderLines(toRemind, modules), reminderWording(toRemind.map((r) => r.member.displayName)), formatDate, trainingPageUrl),
    [toRemind, modules, formatDate, trainingPageUrl]
  );
  const groupLinks = React.useMemo(
    () => teamsChatLink(toRemind.map((r) => r.member.learner.upn), message, strings.TrainingReminderTopic),
    [toRemind, message]
  );
  const personLinks = React.useMemo(() => {
    const links = new Map<string, ITeamsChatLink>();
    for (const r of toRemind) {
      const own = teamsReminderMessage(reminderLines([r], modules), reminderWording([r.member.displayName]), formatDate, trainingPageUrl);
      const [link] = teamsChatLink([r.member.learner.upn], own, strings.TrainingReminderTopic);
      if (link) links.set(r.member.learner.upn, link);
    }
    return links;
  }, [toRemind, modules, formatDate, trainingPageUrl]);

  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(message);
      setCopyStatus(strings.TrainingReminderCopied);
    } catch {
      setCopyStatus(strings.TrainingReminderCopyFailed);
    }
  };

  const id = (part: string): string => `${idPrefix}-team-${part}`;
  const yesNo = (value: boolean): string => (value ? strings.TrainingTeamYes : strings.TrainingTeamNo);
  const doneOf = (r: IReportStatus): string => formatText(strings.TrainingTeamXOfY, r.done, r.applicable);
  const role = (r: IReportStatus): string => r.member.learner.jobTitle || strings.TrainingTeamNotRecorded;
  const department = (r: IReportStatus): string => r.member.learner.department || strings.TrainingTeamNotRecorded;
  const overdueList = (r: IReportStatus): React.ReactElement => (
    <ModuleList statuses={r.overdue} template={strings.TrainingTeamOverdueItem} titles={titles} locale={locale} listClass={classes.cellList} itemClass={classes.attention} />
  );
  const dueSoonList = (r: IReportStatus): React.ReactElement => (
    <ModuleList statuses={r.dueSoon} template={strings.TrainingTeamDueSoonItem} titles={titles} locale={locale} listClass={classes.cellList} />
  );

  const summary: ReadonlyArray<[string, string, string]> = [
    ['overdue', strings.TrainingTeamSummaryOverdue, String(rollup.overdue)],
    ['dueSoon', strings.TrainingTeamSummaryDueSoon, String(rollup.dueSoon)],
    ['done', strings.TrainingTeamSummaryDone, formatText(strings.TrainingTeamXOfY, rollup.done, rollup.applicable)],
    ['licence', strings.TrainingTeamSummaryLicenceReady, formatText(strings.TrainingTeamXOfY, rollup.licenceReady, rollup.people)]
  ];

  return (
    <div ref={rootRef} style={{ minWidth: 0 }}>
      <Stack tokens={{ childrenGap: 16 }}>
        <Stack tokens={{ childrenGap: 8 }} role="region" aria-labelledby={id('summary')}>
          <Text as="h4" id={id('summary')} variant="mediumPlus" block className={classes.heading}>
            {strings.TrainingTeamSummaryHeading}
          </Text>
          <dl className={classes.summary}>
            {summary.map(([key, label, value]) => (
              <div key={key} className={classes.tile} data-summary={key}>
                <dt className={classes.tileLabel}>{label}</dt>
                <dd className={classes.tileValue}>{value}</dd>
              </div>
            ))}
          </dl>
          <Text block>{formatText(strings.TrainingTeamSummaryPeopleToRemind, rollup.peopleToRemind, rollup.people)}</Text>
          {props.leavers > 0 ? (
            <Text block variant="small" className={classes.meta}>
              {props.leavers === 1 ? strings.TrainingTeamLeaverHiddenOne : formatText(strings.TrainingTeamLeaversHiddenMany, props.leavers)}
            </Text>
          ) : null}
        </Stack>

        <Stack tokens={{ childrenGap: 8 }} role="region" aria-labelledby={id('people')}>
          <Text as="h4" id={id('people')} variant="mediumPlus" block className={classes.heading}>
            {strings.TrainingTeamPeopleHeading}
          </Text>
          <Checkbox label={strings.TrainingTeamFilterLabel} checked={onlyAttention} onChange={(_e, checked) => setOnlyAttention(checked === true)} />
          <Text block role="status" aria-live="polite" className={classes.meta}>
            {onlyAttention && shown.length === 0 ? strings.TrainingTeamFilterNobody : formatText(strings.TrainingTeamShowing, shown.length, reports.length)}
          </Text>
          {shown.length === 0 ? null : narrow ? (
            <ul className={classes.cards} aria-labelledby={id('people')} data-layout="list">
              {shown.map((r) => (
                <li key={r.member.learner.upn} className={classes.card}>
                  <Text as="h5" variant="medium" block className={classes.heading} styles={{ root: { overflowWrap: 'anywhere' } }}>
                    {r.member.displayName}
                  </Text>
                  <Text block variant="small" className={classes.meta}>{`${department(r)} · ${role(r)}`}</Text>
                  <dl className={classes.fields}>
                    <dt>{strings.TrainingTeamColOverdue}</dt>
                    <dd>{overdueList(r)}</dd>
                    <dt>{strings.TrainingTeamColDueSoon}</dt>
                    <dd>{dueSoonList(r)}</dd>
                    <dt>{strings.TrainingTeamColDone}</dt>
                    <dd>{doneOf(r)}</dd>
                    <dt>{strings.TrainingTeamColLicence}</dt>
                    <dd>{yesNo(r.licenceReady)}</dd>
                  </dl>
                  <PersonLink link={personLinks.get(r.member.learner.upn)} name={r.member.displayName} />
                </li>
              ))}
            </ul>
          ) : (
            <div className={classes.tableWrap}>
              <table className={classes.table} aria-labelledby={id('people')} data-layout="table">
                <thead>
                  <tr>
                    {[
                      strings.TrainingTeamColName,
                      strings.TrainingTeamColDepartment,
                      strings.TrainingTeamColRole,
                      strings.TrainingTeamColOverdue,
                      strings.TrainingTeamColDueSoon,
                      strings.TrainingTeamColDone,
                      strings.TrainingTeamColLicence
                    ].map((c) => (
                      <th key={c} scope="col">
                        {c}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {shown.map((r) => (
                    <tr key={r.member.learner.upn}>
                      <th scope="row">
                        <div>{r.member.displayName}</div>
                        <PersonLink link={personLinks.get(r.member.learner.upn)} name={r.member.displayName} />
                      </th>
                      <td>{department(r)}</td>
                      <td>{role(r)}</td>
                      <td>{overdueList(r)}</td>
                      <td>{dueSoonList(r)}</td>
                      <td>{doneOf(r)}</td>
                      <td>{yesNo(r.licenceReady)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <CsvActions
            label={strings.TrainingTeamExportLabel}
            fileName={csvFileName(strings.TrainingTeamExportFileName, props.today)}
            headers={TEAM_CSV_HEADERS}
            rows={() => teamCsvRows(shown, modules)}
          />
        </Stack>

        <Stack tokens={{ childrenGap: 8 }} role="region" aria-labelledby={id('remind')}>
          <Text as="h4" id={id('remind')} variant="mediumPlus" block className={classes.heading}>
            {strings.TrainingReminderHeading}
          </Text>
          {toRemind.length === 0 ? (
            <Text block>{strings.TrainingReminderNobody}</Text>
          ) : (
            <>
              <Text block>{formatText(strings.TrainingReminderIntro, toRemind.length)}</Text>
              <TextField
                label={strings.TrainingReminderMessageLabel}
                multiline
                readOnly
                value={message}
                rows={Math.min(14, message.split('\n').length + 1)}
              />
              <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 8 }}>
                <DefaultButton iconProps={{ iconName: 'Copy' }} text={strings.TrainingReminderCopy} onClick={copy} />
                <span role="status" aria-live="polite">
                  {copyStatus}
                </span>
              </Stack>
              {groupLinks.length > 1 ? <Text block>{formatText(strings.TrainingReminderSplit, groupLinks.length)}</Text> : null}
              <ul className={classes.linkList}>
                {groupLinks.map((link, i) => {
                  const text =
                    groupLinks.length === 1 ? strings.TrainingReminderOpenChat : formatText(strings.TrainingReminderOpenChatPart, i + 1, groupLinks.length, link.upns.length);
                  return (
                    <li key={link.url}>
                      <Link href={link.url} target="_blank" rel="noopener noreferrer" aria-label={formatText(strings.TrainingReminderOpensInNewTab, text)}>
                        {text}
                      </Link>
                      {link.messageIncluded ? null : (
                        <Text block variant="small" className={classes.meta}>
                          {strings.TrainingReminderNotInLink}
                        </Text>
                      )}
                    </li>
                  );
                })}
              </ul>
              <Text block variant="small" className={classes.meta}>
                {strings.TrainingReminderPrivacy}
              </Text>
            </>
          )}
        </Stack>
      </Stack>
    </div>
  );
}
