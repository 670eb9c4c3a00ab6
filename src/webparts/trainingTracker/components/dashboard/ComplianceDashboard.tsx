import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { ProgressIndicator } from '@fluentui/react/lib/ProgressIndicator';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import type { ITheme } from '@fluentui/react/lib/Styling';
import * as strings from 'SuiteStrings';
import { loadPeopleTraining, type IPeopleScope, type IPersonTraining } from '../../../../data/trainingPeople';
import { daysBetween } from '../../../../domain/training/days';
import { compliance, weeklyTrend, type IComplianceRow, type IUnit, type UnitDimension } from '../../../../domain/training/summary';
import type { IPartServices } from '../../../../ui/data/PartServices';
import { CsvActions } from '../../../../ui/export/CsvActions';
import { csvFileName, type CsvCell } from '../../../../ui/export/csv';
import { formatDay, formatText } from '../../../../ui/format/text';
import { useDashboard, type RebuildState } from '../../useDashboard';
import { BreakdownTable, percent, type DrillState } from './BreakdownTable';
import { LicenceReadiness } from './LicenceReadiness';
import { PeoplePanel, type IPeopleQuery } from './PeoplePanel';
import { TrendChart } from './TrendChart';
import { usePartReady } from '../../../../ui/host/readyMark';

export interface IComplianceDashboardProps {
  services: IPartServices;
  today: string;
  locale: string;
  theme: ITheme;
  idPrefix: string;
  /** The signed-in person: a manager who is not a training lead sees only their direct reports' names. */
  me: string;
  /** Only this force (the part's setting). */
  forceScope: string | undefined;
  /** Only these modules (the part's setting); empty means all. */
  moduleKeys: readonly string[];
}

type GroupKey = UnitDimension | 'moduleKey';
const ALL = '*all';
const MANDATORY = '*mandatory';
const TREND_WEEKS = 12;
/** Names across more forces than this wait until one force is chosen (see `needsForce`). */
const MAX_FORCES_FOR_NAMES = 2;
/** A summary older than this gets a warning: joiners, leavers and new modules since are not counted. */
const STALE_DAYS = 7;

function groupLabels(): Record<GroupKey, string> {
  return {
    force: strings.TrainingDashByForce,
    department: strings.TrainingDashByDepartment,
    grade: strings.TrainingDashByGrade,
    workerType: strings.TrainingDashByWorkerType,
    moduleKey: strings.TrainingDashByModule
  };
}

const STATE_LABEL: Record<DrillState, () => string> = {
  done: () => strings.TrainingGroupDone,
  dueSoon: () => strings.TrainingGroupDueSoon,
  overdue: () => strings.TrainingGroupOverdue,
  upcoming: () => strings.TrainingGroupUpcoming
};

function RebuildArea(props: { rebuild: RebuildState; onRun: () => void; scope: string }): React.ReactElement {
  const { rebuild } = props;
  const phase = (p: { phase: string; done: number; total: number } | undefined): string =>
    p === undefined
      ? strings.TrainingDashRebuildStarting
      : formatText(
          { people: strings.TrainingDashPhasePeople, records: strings.TrainingDashPhaseRecords, writing: strings.TrainingDashPhaseWriting, tidying: strings.TrainingDashPhaseTidying, done: strings.TrainingDashPhaseDone }[p.phase] ??
            '',
          p.done,
          p.total
        );
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Text block variant="small">
        {formatText(strings.TrainingDashRebuildExplain, props.scope)}
      </Text>
      <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
        <DefaultButton
          iconProps={{ iconName: 'Refresh' }}
          text={rebuild.kind === 'failed' ? strings.TrainingDashRebuildResume : strings.TrainingDashRebuild}
          onClick={props.onRun}
          disabled={rebuild.kind === 'running'}
        />
      </Stack>
      {rebuild.kind === 'running' ? (
        <ProgressIndicator
          label={strings.TrainingDashRebuilding}
          description={phase(rebuild.progress)}
          percentComplete={rebuild.progress && rebuild.progress.total > 0 ? rebuild.progress.done / rebuild.progress.total : undefined}
        />
      ) : null}
      {rebuild.kind === 'failed' ? (
        <MessageBar messageBarType={MessageBarType.error}>{formatText(strings.TrainingDashRebuildFailed, rebuild.message, phase(rebuild.progress))}</MessageBar>
      ) : null}
      {rebuild.kind === 'done' ? (
        <MessageBar messageBarType={MessageBarType.success}>{formatText(strings.TrainingDashRebuildDone, rebuild.people, rebuild.records)}</MessageBar>
      ) : null}
    </Stack>
  );
}

/** Compliance for managers, training leads and the board: counts from the summary, people for those allowed. */
export function ComplianceDashboard(props: IComplianceDashboardProps): React.ReactElement {
  const { today, locale, theme } = props;
  const { state, refresh, rebuild, runRebuild } = useDashboard(props.services, today, props.forceScope);
  const [groupBy, setGroupBy] = React.useState<GroupKey>('department');
  const [force, setForce] = React.useState<string>(props.forceScope ?? ALL);
  const [moduleFilter, setModuleFilter] = React.useState<string>(MANDATORY);
  const [query, setQuery] = React.useState<IPeopleQuery | undefined>(undefined);
  const number = new Intl.NumberFormat(locale);
  const labels = groupLabels();
  // When the part opens on the dashboard, it is ready once the counts are painted (if it opened on "my
  // training", that view set the mark first and this does nothing).
  usePartReady('trainingTracker', state.kind !== 'loading' && state.kind !== 'failed');

  // The figures from the summary (tens of thousands of cells nationally): computed when the summary, the
  // modules counted, the grouping or the force change, not on every render (a tab row re-measuring, a
  // panel opening).
  const data = state.kind === 'loading' || state.kind === 'failed' ? undefined : state.data;
  const shown = React.useMemo(
    () => (data?.modules ?? []).filter((m) => m.active && (props.moduleKeys.length === 0 || props.moduleKeys.includes(m.key))),
    [data?.modules, props.moduleKeys]
  );
  const counted = React.useMemo(
    () => (moduleFilter === ALL ? shown : moduleFilter === MANDATORY ? shown.filter((m) => m.mandatory) : shown.filter((m) => m.key === moduleFilter)),
    [shown, moduleFilter]
  );
  const forceValue = props.forceScope ?? (force === ALL ? undefined : force);
  const figures = React.useMemo(() => {
    const summary = data?.summary;
    if (!summary) return undefined;
    const where: Partial<IUnit> = forceValue !== undefined ? { force: forceValue } : {};
    const rows = compliance(summary, counted, today, { groupBy: [groupBy], where });
    const total = rows.reduce((t, r) => ({ applicable: t.applicable + r.applicable, done: t.done + r.done, overdue: t.overdue + r.overdue, dueSoon: t.dueSoon + r.dueSoon }), {
      applicable: 0,
      done: 0,
      overdue: 0,
      dueSoon: 0
    });
    const hotspots = compliance(summary, counted, today, { groupBy: ['force', 'department'], where })
      .filter((r) => r.overdue > 0)
      .sort((a, b) => b.overdue - a.overdue)
      .slice(0, 10);
    const trendWhere = counted.length === 1 ? { ...where, moduleKey: counted[0].key } : where;
    const countedKeys = new Set(counted.map((m) => m.key));
    const trend = weeklyTrend({ ...summary, cells: summary.cells.filter((c) => countedKeys.has(c.moduleKey)) }, today, TREND_WEEKS, trendWhere);
    const withCells = new Set(summary.cells.map((c) => c.moduleKey));
    const forces = [...new Set(summary.cells.map((c) => c.force))].sort();
    return { summary, where, rows, total, hotspots, trend, forces, uncounted: shown.filter((m) => !withCells.has(m.key)) };
  }, [data?.summary, counted, shown, today, groupBy, forceValue]);

  if (state.kind === 'loading') return <Spinner label={strings.TrainingDashLoading} ariaLive="polite" />;
  if (state.kind === 'failed')
    return (
      <MessageBar messageBarType={MessageBarType.error} actions={<DefaultButton text={strings.TrainingDashRetry} onClick={refresh} />}>
        {state.message}
      </MessageBar>
    );

  const { data: ready } = state;
  const titles = new Map(ready.modules.map((m) => [m.key, m.title]));
  const scopeLabel = forceValue ?? strings.TrainingDashAllForces;
  const rebuildArea = ready.rights.rebuild ? <RebuildArea rebuild={rebuild} onRun={runRebuild} scope={props.forceScope ?? strings.TrainingDashAllForces} /> : null;
  const heading = (
    <Text as="h3" id={`${props.idPrefix}-dashboard`} variant="large" block styles={{ root: { margin: 0, fontWeight: 600 } }}>
      {strings.TrainingDashTitle}
    </Text>
  );

  if (!figures) {
    return (
      <Stack tokens={{ childrenGap: 12 }}>
        {heading}
        <MessageBar messageBarType={MessageBarType.info}>{ready.rights.rebuild ? strings.TrainingDashNoSummaryLead : strings.TrainingDashNoSummary}</MessageBar>
        {rebuildArea}
      </Stack>
    );
  }

  const { where, rows, total, hotspots, trend, forces, uncounted } = figures;
  const groupText = (row: IComplianceRow): string =>
    Object.entries(row.group)
      .map(([k, v]) => (k === 'moduleKey' ? (titles.get(v) ?? v) : v === '' ? strings.TrainingDashNotRecorded : v))
      .join(', ');
  const oldest = ready.rebuilds.map((r) => r.summary.asOf).sort()[0];
  const age = daysBetween(oldest, today);

  const isLead = ready.rights.manageModules;
  const canSeePeople = ready.rights.readAllRecords;
  // A lead's names across many forces would mean reading every record in the country in a browser: with
  // more than two forces in view, names wait until a force is chosen (the hotspots always name one).
  const needsForce = isLead && forceValue === undefined && forces.length > MAX_FORCES_FOR_NAMES;
  const peopleScope = (unit: Partial<IUnit>): IPeopleScope =>
    isLead ? { force: unit.force ?? forceValue, department: unit.department } : { managerUpn: props.me, force: unit.force ?? forceValue, department: unit.department };
  const loadPeople = (scope: IPeopleScope): (() => Promise<IPersonTraining[]>) => async () => loadPeopleTraining(await props.services.dataSite(), counted, scope, today);
  const drill = (row: IComplianceRow, st: DrillState): void => {
    const unit = { ...where, ...row.group } as Partial<IUnit> & { moduleKey?: string };
    setQuery({
      title: formatText(isLead ? strings.TrainingDashDrillTitle : strings.TrainingDashDrillTitleReports, STATE_LABEL[st](), groupText(row)),
      state: st,
      emptyText: isLead ? strings.TrainingDashNobody : strings.TrainingDashNobodyReports,
      moduleKeys: unit.moduleKey !== undefined ? [unit.moduleKey] : counted.map((m) => m.key),
      grade: unit.grade,
      workerType: unit.workerType,
      load: loadPeople(peopleScope(unit))
    });
  };

  const drillFor = (rowsHaveForce: boolean): ((row: IComplianceRow, st: DrillState) => void) | undefined => (canSeePeople && (!needsForce || rowsHaveForce) ? drill : undefined);
  const moduleOptions: IDropdownOption[] = [
    { key: MANDATORY, text: strings.TrainingDashAllMandatory },
    { key: ALL, text: strings.TrainingDashAllModules },
    ...shown.map((m) => ({ key: m.key, text: m.title }))
  ];
  const exportHeaders = [labels[groupBy], strings.TrainingDashColRequired, strings.TrainingDashColDone, strings.TrainingDashColPercent, strings.TrainingGroupDueSoon, strings.TrainingGroupOverdue];
  const exportRows = (list: readonly IComplianceRow[]): (() => CsvCell[][]) => () => list.map((r) => [groupText(r), r.applicable, r.done, percent(r.done, r.applicable), r.dueSoon, r.overdue]);
  const tableCaption = formatText(strings.TrainingDashTableCaption, labels[groupBy], scopeLabel, moduleOptions.find((o) => o.key === moduleFilter)?.text ?? '');

  return (
    <Stack tokens={{ childrenGap: 16 }} role="region" aria-labelledby={`${props.idPrefix}-dashboard`}>
      {heading}
      <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 8 }}>
        <Text variant="small">
          {formatText(strings.TrainingDashAsOf, formatDay(oldest, locale), number.format(ready.deltasApplied))}
        </Text>
        <DefaultButton iconProps={{ iconName: 'Sync' }} text={strings.TrainingDashRefresh} onClick={refresh} />
      </Stack>
      {!canSeePeople ? <MessageBar messageBarType={MessageBarType.info}>{strings.TrainingDashCountsOnly}</MessageBar> : null}
      {age > STALE_DAYS ? <MessageBar messageBarType={MessageBarType.warning}>{formatText(strings.TrainingDashStale, age)}</MessageBar> : null}
      {uncounted.length > 0 ? (
        <MessageBar messageBarType={MessageBarType.warning}>{formatText(strings.TrainingDashUncounted, uncounted.map((m) => m.title).join(', '))}</MessageBar>
      ) : null}
      {rebuildArea}
      <Stack horizontal wrap tokens={{ childrenGap: 12 }}>
        {props.forceScope === undefined ? (
          <Dropdown
            label={strings.TrainingDashForce}
            selectedKey={force}
            options={[{ key: ALL, text: strings.TrainingDashAllForces }, ...forces.map((f) => ({ key: f, text: f }))]}
            onChange={(_e, o) => o && setForce(String(o.key))}
            styles={{ root: { minWidth: 160 } }}
          />
        ) : null}
        <Dropdown label={strings.TrainingDashModules} selectedKey={moduleFilter} options={moduleOptions} onChange={(_e, o) => o && setModuleFilter(String(o.key))} styles={{ root: { minWidth: 200, maxWidth: '100%' } }} />
        <Dropdown
          label={strings.TrainingDashGroupBy}
          selectedKey={groupBy}
          options={(Object.keys(labels) as GroupKey[]).map((k) => ({ key: k, text: labels[k] }))}
          onChange={(_e, o) => o && setGroupBy(o.key as GroupKey)}
          styles={{ root: { minWidth: 160 } }}
        />
      </Stack>
      <Stack horizontal wrap tokens={{ childrenGap: 24 }} role="group" aria-label={strings.TrainingDashHeadline}>
        {[
          [strings.TrainingDashHeadlineDone, `${number.format(percent(total.done, total.applicable))}%`, formatText(strings.TrainingDashOf, number.format(total.done), number.format(total.applicable))],
          [strings.TrainingGroupOverdue, number.format(total.overdue), ''],
          [strings.TrainingGroupDueSoon, number.format(total.dueSoon), '']
        ].map(([label, value, detail]) => (
          <Stack key={label}>
            <Text variant="small">{label}</Text>
            <Text variant="xxLarge" styles={{ root: { fontWeight: 600 } }}>
              {value}
            </Text>
            {detail ? <Text variant="small">{detail}</Text> : null}
          </Stack>
        ))}
      </Stack>
      <BreakdownTable caption={tableCaption} groupLabel={labels[groupBy]} groupText={groupText} rows={rows} locale={locale} theme={theme} onDrill={drillFor(groupBy === 'force')} />
      <CsvActions label={tableCaption} fileName={csvFileName('compliance', labels[groupBy], scopeLabel)} headers={exportHeaders} rows={exportRows(rows)} />
      {canSeePeople ? null : <Text variant="small">{strings.TrainingDashNoPeople}</Text>}
      {canSeePeople && needsForce ? <Text variant="small">{strings.TrainingDashChooseForce}</Text> : null}
      {hotspots.length > 0 ? (
        <>
          <BreakdownTable
            caption={strings.TrainingDashHotspots}
            groupLabel={strings.TrainingDashByForceDepartment}
            groupText={groupText}
            rows={hotspots}
            locale={locale}
            theme={theme}
            onDrill={drillFor(true)}
          />
          <CsvActions label={strings.TrainingDashHotspots} fileName={csvFileName('overdue-hotspots', scopeLabel)} headers={[strings.TrainingDashByForceDepartment, ...exportHeaders.slice(1)]} rows={exportRows(hotspots)} />
        </>
      ) : null}
      <TrendChart caption={formatText(strings.TrainingDashTrend, TREND_WEEKS)} points={trend} locale={locale} theme={theme} />
      <CsvActions
        label={formatText(strings.TrainingDashTrend, TREND_WEEKS)}
        fileName={csvFileName('completions-by-week', scopeLabel)}
        headers={[strings.TrainingDashWeekOf, strings.TrainingDashCompletedToDate]}
        rows={() => trend.map((p) => [p.week, p.completed])}
      />
      {canSeePeople && !needsForce ? (
        <LicenceReadiness
          scopeLabel={isLead ? scopeLabel : strings.TrainingDashYourReports}
          modules={ready.modules.filter((m) => m.active)}
          load={loadPeople(isLead ? { force: forceValue } : { managerUpn: props.me, force: forceValue })}
          locale={locale}
          idPrefix={props.idPrefix}
        />
      ) : null}
      <PeoplePanel query={query} modules={ready.modules} locale={locale} onDismiss={() => setQuery(undefined)} />
    </Stack>
  );
}
