import * as React from 'react';
import { Stack } from '@fluentui/react/lib/Stack';
import { hiddenContentStyle } from '@fluentui/react/lib/Styling';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'SuiteStrings';
import type { IAssumptions, ICostEntry, ILicencePurchase, ILicensedGroup } from '../../../../domain/benefits/types';
import { assumptionLabel, money, plain, workerTypeText } from './benefitsText';
import { NUMERIC_ASSUMPTIONS } from './inputsForm';

export interface IInputsSummaryProps {
  assumptions: IAssumptions;
  costs: readonly ICostEntry[];
  purchases: readonly ILicencePurchase[];
  /** Shown when known (the stored inputs); published figures do not carry them. */
  groups?: readonly ILicensedGroup[];
  locale: string;
}

function Table(props: { caption: string; headers: readonly string[]; rows: ReadonlyArray<readonly string[]> }): React.ReactElement {
  const theme = useTheme();
  const cell: React.CSSProperties = { padding: '4px 8px', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`, textAlign: 'left' };
  return (
    <div>
      <div aria-hidden="true" style={{ fontWeight: 600, padding: '4px 0' }}>
        {props.caption}
      </div>
      <div role="region" aria-label={props.caption} tabIndex={0} style={{ overflowX: 'auto', maxWidth: '100%' }}>
        <table style={{ borderCollapse: 'collapse', color: theme.semanticColors.bodyText }}>
          <caption style={hiddenContentStyle as React.CSSProperties}>{props.caption}</caption>
          <thead>
            <tr>
              {props.headers.map((h) => (
                <th key={h} scope="col" style={{ ...cell, fontWeight: 600 }}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.rows.map((r, i) => (
              <tr key={i}>
                <th scope="row" style={{ ...cell, fontWeight: 400 }}>
                  {r[0]}
                </th>
                {r.slice(1).map((c, j) => (
                  <td key={j} style={cell}>
                    {c}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** The inputs the figures rest on, read-only (for everyone who may not change them). */
export function InputsSummary(props: IInputsSummaryProps): React.ReactElement {
  const { assumptions: a, locale } = props;
  const grade = (g: string | undefined): string => (g !== undefined && g.trim() !== '' ? g : strings.SurveyBenefitsAnyGrade);
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <dl style={{ margin: 0 }}>
        {(['label', ...NUMERIC_ASSUMPTIONS] as const).map((key) => (
          <div key={key} style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
            <dt style={{ fontWeight: 600 }}>{assumptionLabel(key)}:</dt>
            <dd style={{ margin: 0 }}>{key === 'label' ? a.label : plain(a[key], locale)}</dd>
          </div>
        ))}
      </dl>
      {props.costs.length ? (
        <Table
          caption={strings.SurveyBenefitsCostsTitle}
          headers={[strings.SurveyBenefitsForce, strings.SurveyBenefitsWorkerType, strings.SurveyBenefitsGrade, strings.SurveyBenefitsHourlyPounds]}
          rows={props.costs.map((c) => [c.force, workerTypeText(c.workerType ?? ''), grade(c.grade), money(c.hourlyCostPence, locale)])}
        />
      ) : (
        <Text block>{strings.SurveyBenefitsNoCosts}</Text>
      )}
      {props.purchases.length ? (
        <Table
          caption={strings.SurveyBenefitsPurchasesTitle}
          headers={[strings.SurveyBenefitsForce, strings.SurveyBenefitsLicences, strings.SurveyBenefitsAnnualPounds]}
          rows={props.purchases.map((p) => [p.force, plain(p.licences, locale), money(p.annualCostPence, locale)])}
        />
      ) : (
        <Text block>{strings.SurveyBenefitsNoPurchases}</Text>
      )}
      {props.groups && props.groups.length ? (
        <Table
          caption={strings.SurveyBenefitsGroupsTitle}
          headers={[strings.SurveyBenefitsForce, strings.SurveyBenefitsWorkerType, strings.SurveyBenefitsGrade, strings.SurveyBenefitsUsers]}
          rows={props.groups.map((g) => [g.force, workerTypeText(g.workerType), g.grade.trim() !== '' ? g.grade : strings.SurveyBenefitsNoGrade, plain(g.licensedUsers, locale)])}
        />
      ) : null}
    </Stack>
  );
}
