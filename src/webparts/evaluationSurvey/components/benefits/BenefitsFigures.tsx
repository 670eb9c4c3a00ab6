import * as React from 'react';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import type { ITheme } from '@fluentui/react/lib/Styling';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'SuiteStrings';
import { CROSS_GOVERNMENT_MINUTES_PER_DAY, CROSS_GOVERNMENT_WORKING_DAYS_PER_YEAR, DBT_NET_PROMOTER_SCORE, DBT_SATISFIED_PERCENT } from '../../../../domain/benefits/benchmarks';
import type { IPublishedBenefits, IPublishedGroup, IPublishedScope } from '../../../../domain/benefits/published';
import type { AssumptionKey, IFigure } from '../../../../domain/benefits/types';
import { breakEvenMinutesPerDay, type IScenario } from '../../../../domain/benefits/valueForMoney';
import { CsvActions } from '../../../../ui/export/CsvActions';
import { csvFileName, type CsvCell } from '../../../../ui/export/csv';
import { formatText } from '../../../../ui/format/text';
import { basedOn, benchmarkSource, costLevelText, csvValue, figureText, groupText, money, plain, poundSymbol, problemText, type IBasis } from './benefitsText';
import { poundsToPence } from './inputsForm';
import { TableFrame } from '../../../../ui/table/TableFrame';

export interface IBenefitsFiguresProps {
  /** The figures to show: a lead's live figures or the latest published ones, in the same format. */
  figures: IPublishedBenefits;
  /** The wave as a noun phrase ("the one-month survey"). */
  waveLabel: string;
  locale: string;
  idPrefix: string;
}

interface IFigureRow {
  key: string;
  label: string;
  figure: IFigure | undefined;
  /** Text instead of "Not available" when the figure is missing for a known reason. */
  missing?: string;
  /** Keys to describe when the figure is missing (so the basis is still shown). */
  fallback?: readonly AssumptionKey[];
  basis: IBasis;
}

function scopeName(scope: IPublishedScope): string {
  return scope.force ?? strings.SurveyBenefitsAllForces;
}

function cellStyles(theme: ITheme): { cell: React.CSSProperties; head: React.CSSProperties; rowHead: React.CSSProperties } {
  const cell: React.CSSProperties = { padding: '6px 8px', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`, textAlign: 'left', verticalAlign: 'top' };
  return {
    cell,
    head: { ...cell, fontWeight: 600, background: theme.semanticColors.bodyBackground },
    rowHead: { ...cell, fontWeight: 400 }
  };
}


function scopeRows(scope: IPublishedScope, figures: IPublishedBenefits, locale: string): IFigureRow[] {
  const basis: IBasis = { assumptions: figures.assumptions, locale, respondents: scope.respondents, licence: scope.licence };
  const t = scope.totals;
  const withheld = scope.suppressed ? formatText(strings.SurveyBenefitsWithheld, plain(figures.minGroupSize, locale)) : undefined;
  const central = t?.central;
  const row = (key: string, label: string, figure: IFigure | undefined, fallback: readonly AssumptionKey[], fromAnswers: boolean, missing?: string): IFigureRow => ({
    key,
    label,
    figure,
    fallback,
    basis,
    missing: figure === undefined ? (fromAnswers ? withheld : undefined) ?? missing : undefined
  });
  return [
    row('minutes', strings.SurveyBenefitsFigMinutesPerDay, scope.perUser?.netMinutesPerDay, ['responses', 'workingDaysPerWeek'], true),
    row('hours', strings.SurveyBenefitsFigHoursPerYear, scope.perUser?.hoursPerYear, ['responses', 'workingDaysPerWeek', 'workingDaysPerYear'], true),
    row('days', strings.SurveyBenefitsFigDaysPerYear, scope.perUser?.workingDaysPerYear, ['responses', 'workingDaysPerWeek', 'workingDaysPerYear', 'hoursPerWorkingDay'], true),
    row('valuePerUser', strings.SurveyBenefitsFigValuePerUser, scope.valuePerUserPerYear, ['responses', 'workingDaysPerYear', 'hourlyCost', 'licensedUsers'], true),
    row('value', strings.SurveyBenefitsFigValuePerYear, central?.valuePerYear, ['responses', 'workingDaysPerYear', 'hourlyCost', 'licensedUsers'], true),
    row('licenceCost', strings.SurveyBenefitsFigLicenceCost, t?.annualLicenceCost, ['licenceCost'], false),
    row('costPerLicence', strings.SurveyBenefitsFigCostPerLicence, t?.costPerLicence, ['licenceCost'], false),
    row('valuePerLicence', strings.SurveyBenefitsFigValuePerLicence, t?.valuePerLicence, ['responses', 'hourlyCost', 'licensedUsers', 'licenceCost'], true),
    row('netValue', strings.SurveyBenefitsFigNetValue, central?.netValue, ['responses', 'hourlyCost', 'licensedUsers', 'licenceCost'], true),
    row('ratio', strings.SurveyBenefitsFigReturnRatio, central?.returnRatio, ['responses', 'hourlyCost', 'licensedUsers', 'licenceCost'], true),
    row(
      'payback',
      strings.SurveyBenefitsFigPayback,
      central?.paybackMonths,
      ['responses', 'hourlyCost', 'licensedUsers', 'licenceCost'],
      true,
      central !== undefined ? strings.SurveyBenefitsNeverPaysBack : undefined
    ),
    row('breakEven', strings.SurveyBenefitsFigBreakEven, t?.breakEvenMinutesPerDay, ['licenceCost', 'hourlyCost', 'workingDaysPerYear', 'licensedUsers'], false)
  ];
}

function FigureTable(props: { caption: string; scope: IPublishedScope; figures: IPublishedBenefits; locale: string }): React.ReactElement {
  const theme = useTheme();
  const { cell, head, rowHead } = cellStyles(theme);
  const { scope, locale } = props;
  const rows = scopeRows(scope, props.figures, locale);
  return (
    <TableFrame caption={props.caption}>
      <thead>
        <tr>
          <th scope="col" style={head}>
            {strings.SurveyBenefitsColFigure}
          </th>
          <th scope="col" style={{ ...head, textAlign: 'right' }}>
            {strings.SurveyBenefitsColValue}
          </th>
          <th scope="col" style={head}>
            {strings.SurveyBenefitsColBasedOn}
          </th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row" style={rowHead}>
            {strings.SurveyBenefitsFigRespondents}
          </th>
          <td style={{ ...cell, textAlign: 'right', whiteSpace: 'nowrap' }}>
            {scope.respondents !== undefined ? plain(scope.respondents, locale) : formatText(strings.SurveyBenefitsWithheld, plain(props.figures.minGroupSize, locale))}
          </td>
          <td style={{ ...cell, color: theme.semanticColors.bodySubtext }}>{strings.SurveyBenefitsRespondentsBasis}</td>
        </tr>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row" style={rowHead}>
              {r.label}
            </th>
            <td style={{ ...cell, textAlign: 'right', whiteSpace: r.figure ? 'nowrap' : 'normal', fontWeight: r.figure ? 600 : 400 }}>
              {r.figure ? figureText(r.figure, locale) : r.missing ?? strings.SurveyBenefitsNotAvailable}
            </td>
            <td style={{ ...cell, color: theme.semanticColors.bodySubtext }}>{basedOn(r.figure, r.basis, r.fallback)}</td>
          </tr>
        ))}
      </tbody>
    </TableFrame>
  );
}

function BandTable(props: { scope: IPublishedScope; figures: IPublishedBenefits; locale: string }): React.ReactElement | null {
  const theme = useTheme();
  const { cell, head, rowHead } = cellStyles(theme);
  const { scope, figures, locale } = props;
  const t = scope.totals;
  if (!t || !t.central || !t.low || !t.high) return null;
  const scenarios: IScenario[] = [t.low, t.central, t.high];
  const basis: IBasis = { assumptions: figures.assumptions, locale, respondents: scope.respondents, licence: scope.licence };
  const rows: Array<{ key: string; label: string; pick: (s: IScenario) => IFigure | undefined; missing?: string }> = [
    { key: 'minutes', label: strings.SurveyBenefitsFigMinutesPerDay, pick: (s) => s.netMinutesPerUserPerDay },
    { key: 'value', label: strings.SurveyBenefitsFigValuePerYear, pick: (s) => s.valuePerYear },
    { key: 'net', label: strings.SurveyBenefitsFigNetValue, pick: (s) => s.netValue },
    { key: 'ratio', label: strings.SurveyBenefitsFigReturnRatio, pick: (s) => s.returnRatio },
    { key: 'payback', label: strings.SurveyBenefitsFigPayback, pick: (s) => s.paybackMonths, missing: strings.SurveyBenefitsNeverPaysBack }
  ];
  const caption = formatText(strings.SurveyBenefitsBandCaption, scopeName(scope), plain(figures.assumptions.sensitivityPercent, locale));
  return (
    <Stack tokens={{ childrenGap: 4 }}>
      <TableFrame caption={caption}>
        <thead>
          <tr>
            <th scope="col" style={head}>
              {strings.SurveyBenefitsColFigure}
            </th>
            {[strings.SurveyBenefitsBandLow, strings.SurveyBenefitsBandCentral, strings.SurveyBenefitsBandHigh].map((h) => (
              <th key={h} scope="col" style={{ ...head, textAlign: 'right' }}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row" style={rowHead}>
                {r.label}
              </th>
              {scenarios.map((s, i) => {
                const f = r.pick(s);
                return (
                  <td key={i} style={{ ...cell, textAlign: 'right', whiteSpace: f ? 'nowrap' : 'normal' }}>
                    {f ? figureText(f, locale) : r.missing}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </TableFrame>
      <Text variant="small" block styles={{ root: { color: theme.semanticColors.bodySubtext } }}>
        {formatText(strings.SurveyBenefitsBandBasis, basedOn(t.low.valuePerYear, basis))}
      </Text>
    </Stack>
  );
}

function GroupsTable(props: { scope: IPublishedScope; figures: IPublishedBenefits; locale: string }): React.ReactElement {
  const theme = useTheme();
  const { cell, head, rowHead } = cellStyles(theme);
  const { scope, figures, locale } = props;
  const num: React.CSSProperties = { ...cell, textAlign: 'right', whiteSpace: 'nowrap' };
  const cols = [
    strings.SurveyBenefitsColRespondents,
    strings.SurveyBenefitsColLicensedUsers,
    strings.SurveyBenefitsColMinutesPerDay,
    strings.SurveyBenefitsColDaysPerYear,
    strings.SurveyBenefitsColHourlyCost,
    strings.SurveyBenefitsColValuePerUser,
    strings.SurveyBenefitsColValuePerYear,
    strings.SurveyBenefitsColBreakEven
  ];
  const hourly = (g: IPublishedGroup): string =>
    g.hourlyCost ? `${figureText(g.hourlyCost, locale)}${g.costLevel ? ` (${costLevelText(g.costLevel)})` : ''}` : strings.SurveyBenefitsNotAvailable;
  return (
    <Stack tokens={{ childrenGap: 4 }}>
      <TableFrame caption={formatText(strings.SurveyBenefitsGroupsCaption, scopeName(scope))}>
        <thead>
          <tr>
            <th scope="col" style={head}>
              {strings.SurveyBenefitsColGroup}
            </th>
            {cols.map((c) => (
              <th key={c} scope="col" style={{ ...head, textAlign: 'right' }}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {scope.groups.map((g) => (
            <tr key={groupText(g.group)}>
              <th scope="row" style={rowHead}>
                {groupText(g.group)}
              </th>
              <td style={num}>{plain(g.respondents, locale)}</td>
              <td style={num}>{plain(g.licensedUsers, locale)}</td>
              <td style={num}>{figureText(g.time?.netMinutesPerDay, locale)}</td>
              <td style={num}>{figureText(g.time?.workingDaysPerYear, locale)}</td>
              <td style={num}>{hourly(g)}</td>
              <td style={num}>{figureText(g.valuePerUserPerYear, locale)}</td>
              <td style={num}>{figureText(g.valuePerYear, locale)}</td>
              <td style={num}>{figureText(g.breakEvenMinutesPerDay, locale)}</td>
            </tr>
          ))}
        </tbody>
      </TableFrame>
      <Text variant="small" block styles={{ root: { color: theme.semanticColors.bodySubtext } }}>
        {formatText(strings.SurveyBenefitsGroupsBasis, basedOn(undefined, { assumptions: figures.assumptions, locale }, ['workingDaysPerWeek', 'workingDaysPerYear', 'hoursPerWorkingDay']))}
      </Text>
    </Stack>
  );
}

function ScopeSection(props: { scope: IPublishedScope; figures: IPublishedBenefits; locale: string; id: string }): React.ReactElement {
  const theme = useTheme();
  const { scope, figures, locale } = props;
  const name = scopeName(scope);
  const min = plain(figures.minGroupSize, locale);
  const notes: string[] = [];
  if (scope.neverUse) notes.push(formatText(strings.SurveyBenefitsNeverUseNote, plain(scope.neverUse, locale)));
  if (scope.withoutMinutes) notes.push(formatText(strings.SurveyBenefitsWithoutMinutesNote, plain(scope.withoutMinutes, locale)));
  return (
    <section aria-labelledby={props.id}>
      <Stack tokens={{ childrenGap: 8 }}>
        <Text as="h5" id={props.id} variant="mediumPlus" block styles={{ root: { margin: 0, fontWeight: 600 } }}>
          {name}
        </Text>
        {scope.force === undefined ? (
          <Text block variant="small" styles={{ root: { color: theme.semanticColors.bodySubtext } }}>
            {strings.SurveyBenefitsAllForcesNote}
          </Text>
        ) : null}
        {scope.suppressed ? <MessageBar messageBarType={MessageBarType.info}>{formatText(strings.SurveyBenefitsScopeSuppressed, name, min)}</MessageBar> : null}
        <FigureTable caption={formatText(strings.SurveyBenefitsScopeCaption, name)} scope={scope} figures={figures} locale={locale} />
        {notes.map((n) => (
          <Text key={n} block variant="small">
            {n}
          </Text>
        ))}
        <BandTable scope={scope} figures={figures} locale={locale} />
        {scope.force !== undefined && !scope.suppressed ? (
          scope.groups.length > 0 ? (
            <GroupsTable scope={scope} figures={figures} locale={locale} />
          ) : (
            <Text block>{formatText(strings.SurveyBenefitsNoGroupsShown, name)}</Text>
          )
        ) : null}
        {scope.force !== undefined && scope.hiddenGroups > 0 ? (
          <Text block>{formatText(strings.SurveyBenefitsHiddenGroups, min, plain(scope.hiddenGroups, locale))}</Text>
        ) : null}
        {scope.problems.length > 0 ? (
          <div>
            <Text as="h6" block styles={{ root: { margin: '4px 0', fontWeight: 600 } }}>
              {formatText(strings.SurveyBenefitsProblemsTitle, name)}
            </Text>
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {scope.problems.map((p, i) => (
                <li key={i}>{problemText(p, figures.assumptions, locale)}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </Stack>
    </section>
  );
}

/** The survey's own minutes beside the published benchmarks: a bar chart (hidden from screen readers) and the same in a table. */
function Benchmarks(props: { figures: IPublishedBenefits; locale: string; id: string }): React.ReactElement {
  const theme = useTheme();
  const { cell, head, rowHead } = cellStyles(theme);
  const { figures, locale } = props;
  const scopes = [figures.all, ...figures.forces].filter((s) => s.perUser !== undefined);
  const bench = CROSS_GOVERNMENT_MINUTES_PER_DAY.value;
  const max = Math.max(bench * 1.25, ...scopes.map((s) => (s.perUser as { netMinutesPerDay: IFigure }).netMinutesPerDay.value));
  const width = 600;
  const barHeight = 22;
  const labelWidth = 150;
  const chartHeight = (scopes.length + 1) * (barHeight + 8) + 8;
  const x = (v: number): number => labelWidth + (Math.max(0, v) / max) * (width - labelWidth - 70);
  const num: React.CSSProperties = { ...cell, textAlign: 'right', whiteSpace: 'nowrap' };
  const source: React.CSSProperties = { ...cell, color: theme.semanticColors.bodySubtext };
  return (
    <section aria-labelledby={props.id}>
      <Stack tokens={{ childrenGap: 8 }}>
        <Text as="h5" id={props.id} variant="mediumPlus" block styles={{ root: { margin: 0, fontWeight: 600 } }}>
          {strings.SurveyBenefitsBenchTitle}
        </Text>
        <Text block>{strings.SurveyBenefitsBenchIntro}</Text>
        {scopes.length > 0 ? (
          <figure style={{ margin: 0 }}>
            <svg viewBox={`0 0 ${width} ${chartHeight}`} width="100%" role="presentation" aria-hidden="true" focusable="false" style={{ display: 'block', maxHeight: 260 }}>
              {scopes.map((s, i) => {
                const v = (s.perUser as { netMinutesPerDay: IFigure }).netMinutesPerDay.value;
                const y = 8 + i * (barHeight + 8);
                return (
                  <g key={scopeName(s)}>
                    <text x={0} y={y + barHeight * 0.7} fontSize={12} fill={theme.semanticColors.bodyText}>
                      {scopeName(s)}
                    </text>
                    <rect x={labelWidth} y={y} width={Math.max(1, x(v) - labelWidth)} height={barHeight} fill={theme.palette.themePrimary} />
                    <text x={x(v) + 4} y={y + barHeight * 0.7} fontSize={12} fill={theme.semanticColors.bodyText}>
                      {figureText((s.perUser as { netMinutesPerDay: IFigure }).netMinutesPerDay, locale)}
                    </text>
                  </g>
                );
              })}
              <line x1={x(bench)} x2={x(bench)} y1={0} y2={chartHeight - 4} stroke={theme.semanticColors.bodyText} strokeWidth={2} strokeDasharray="6 4" />
              <text x={Math.min(x(bench) + 4, width - 140)} y={chartHeight - 8} fontSize={12} fill={theme.semanticColors.bodyText}>
                {formatText(strings.SurveyBenefitsBenchLineLabel, plain(bench, locale))}
              </text>
            </svg>
            <figcaption>
              <Text variant="small" block>
                {formatText(strings.SurveyBenefitsBenchLegend, plain(bench, locale))}
              </Text>
            </figcaption>
          </figure>
        ) : null}
        <TableFrame caption={strings.SurveyBenefitsBenchCaption}>
          <thead>
            <tr>
              <th scope="col" style={head}>
                {strings.SurveyBenefitsColMeasure}
              </th>
              <th scope="col" style={{ ...head, textAlign: 'right' }}>
                {strings.SurveyBenefitsColMinutesPerDay}
              </th>
              <th scope="col" style={{ ...head, textAlign: 'right' }}>
                {strings.SurveyBenefitsColDaysPerYear}
              </th>
              <th scope="col" style={head}>
                {strings.SurveyBenefitsColSource}
              </th>
            </tr>
          </thead>
          <tbody>
            {scopes.map((s) => (
              <tr key={scopeName(s)}>
                <th scope="row" style={rowHead}>
                  {formatText(strings.SurveyBenefitsThisSurvey, scopeName(s))}
                </th>
                <td style={num}>{figureText(s.perUser?.netMinutesPerDay, locale)}</td>
                <td style={num}>{figureText(s.perUser?.workingDaysPerYear, locale)}</td>
                <td style={source}>{basedOn(s.perUser?.workingDaysPerYear, { assumptions: figures.assumptions, locale, respondents: s.respondents })}</td>
              </tr>
            ))}
            <tr>
              <th scope="row" style={rowHead}>
                {strings.SurveyBenefitsBenchCrossGov}
              </th>
              <td style={num}>{formatText(strings.SurveyBenefitsMinutes, plain(CROSS_GOVERNMENT_MINUTES_PER_DAY.value, locale))}</td>
              <td style={num}>{formatText(strings.SurveyBenefitsAboutWorkingDays, plain(CROSS_GOVERNMENT_WORKING_DAYS_PER_YEAR.value, locale))}</td>
              <td style={source}>{benchmarkSource(CROSS_GOVERNMENT_MINUTES_PER_DAY)}</td>
            </tr>
          </tbody>
        </TableFrame>
        <ul style={{ margin: 0, paddingLeft: 20 }}>
          <li>
            {formatText(strings.SurveyBenefitsBenchDbtLine, plain(DBT_SATISFIED_PERCENT.value, locale), plain(DBT_NET_PROMOTER_SCORE.value, locale))}{' '}
            <span style={{ color: theme.semanticColors.bodySubtext }}>{formatText(strings.SurveyBenefitsBenchSource, benchmarkSource(DBT_SATISFIED_PERCENT))}</span>
          </li>
        </ul>
      </Stack>
    </section>
  );
}

/** "Hourly cost £__" → the break-even minutes a day for a chosen force's licence cost. No default cost. */
function BreakEvenCalculator(props: { figures: IPublishedBenefits; locale: string; idPrefix: string }): React.ReactElement {
  const { figures, locale, idPrefix } = props;
  const scopes = [figures.all, ...figures.forces].filter((s) => s.licence !== undefined && s.totals?.costPerLicence !== undefined);
  const [choice, setChoice] = React.useState<string>(scopes.length > 0 ? scopeName(scopes[0]) : '');
  const [hourly, setHourly] = React.useState('');
  const scope = scopes.filter((s) => scopeName(s) === choice)[0] ?? scopes[0];
  const pence = poundsToPence(hourly);
  const typed = hourly.trim() !== '';
  const result = scope?.licence && pence !== undefined && pence > 0 ? breakEvenMinutesPerDay(scope.licence, pence, figures.assumptions) : undefined;
  const options: IDropdownOption[] = scopes.map((s) => ({ key: scopeName(s), text: scopeName(s) }));
  const id = `${idPrefix}-breakeven`;
  return (
    <section aria-labelledby={id}>
      <Stack tokens={{ childrenGap: 8 }}>
        <Text as="h5" id={id} variant="mediumPlus" block styles={{ root: { margin: 0, fontWeight: 600 } }}>
          {strings.SurveyBenefitsCalcTitle}
        </Text>
        <Text block>{strings.SurveyBenefitsCalcIntro}</Text>
        {scope === undefined ? (
          <Text block>{strings.SurveyBenefitsCalcNoLicence}</Text>
        ) : (
          <Stack horizontal wrap tokens={{ childrenGap: 12 }}>
            <Dropdown
              label={strings.SurveyBenefitsCalcScope}
              options={options}
              selectedKey={scopeName(scope)}
              onChange={(_e, o) => o && setChoice(String(o.key))}
              styles={{ root: { minWidth: 180 } }}
            />
            <TextField
              label={strings.SurveyBenefitsCalcHourly}
              prefix={poundSymbol(locale)}
              inputMode="decimal"
              value={hourly}
              onChange={(_e, v) => setHourly(v ?? '')}
              errorMessage={typed && !(pence !== undefined && pence > 0) ? strings.SurveyBenefitsCalcInvalid : undefined}
              styles={{ root: { width: 180 } }}
            />
          </Stack>
        )}
        <div role="status" aria-live="polite">
          {scope && result && pence !== undefined ? (
            <Text block styles={{ root: { fontWeight: 600 } }}>
              {formatText(
                strings.SurveyBenefitsCalcResult,
                money(pence, locale),
                scopeName(scope),
                money((scope.totals?.costPerLicence as IFigure).value, locale),
                figureText(result, locale),
                plain(figures.assumptions.workingDaysPerYear, locale)
              )}
            </Text>
          ) : null}
        </div>
      </Stack>
    </section>
  );
}

function csvRows(figures: IPublishedBenefits, locale: string): CsvCell[][] {
  const rows: CsvCell[][] = [];
  for (const scope of [figures.all, ...figures.forces]) {
    const name = scopeName(scope);
    rows.push([name, strings.SurveyBenefitsFigRespondents, scope.respondents, strings.SurveyBenefitsUnitPeople, strings.SurveyBenefitsRespondentsBasis]);
    for (const r of scopeRows(scope, figures, locale)) {
      const { value, unit } = csvValue(r.figure);
      rows.push([name, r.label, value, unit, basedOn(r.figure, r.basis, r.fallback)]);
    }
  }
  return rows;
}

/** The value-for-money figures: the same rendering for a lead's live figures and for the published ones. */
export function BenefitsFigures(props: IBenefitsFiguresProps): React.ReactElement {
  const { figures, locale, idPrefix } = props;
  const theme = useTheme();
  const a = figures.assumptions;
  const scopes = [figures.all, ...figures.forces];
  return (
    <Stack tokens={{ childrenGap: 20 }}>
      <Text block styles={{ root: { color: theme.semanticColors.bodyText } }}>
        {formatText(
          strings.SurveyBenefitsAssumptionsLine,
          a.label,
          basedOn(undefined, { assumptions: a, locale }, ['workingDaysPerWeek', 'workingDaysPerYear', 'hoursPerWorkingDay', 'sensitivityPercent'])
        )}
      </Text>
      {scopes.map((s, i) => (
        <ScopeSection key={i} scope={s} figures={figures} locale={locale} id={`${idPrefix}-scope-${i}`} />
      ))}
      <Benchmarks figures={figures} locale={locale} id={`${idPrefix}-benchmarks`} />
      <BreakEvenCalculator figures={figures} locale={locale} idPrefix={idPrefix} />
      <CsvActions
        label={formatText(strings.SurveyBenefitsCsvLabel, props.waveLabel)}
        fileName={csvFileName(figures.surveyKey, 'value-for-money', figures.waveId)}
        headers={[strings.SurveyBenefitsColScope, strings.SurveyBenefitsColFigure, strings.SurveyBenefitsColValue, strings.SurveyBenefitsColUnit, strings.SurveyBenefitsColBasedOn]}
        rows={() => csvRows(figures, locale)}
      />
    </Stack>
  );
}
