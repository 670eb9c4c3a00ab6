import * as React from 'react';
import { ActionButton } from '@fluentui/react/lib/Button';
import { Icon } from '@fluentui/react/lib/Icon';
import { Link } from '@fluentui/react/lib/Link';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'SuiteStrings';
import { isJoint, type ForceView, type IRegisterEntry, type IRegisterSort, type RegisterSortKey } from '../../../../domain/risks';
import { formatDay, formatText } from '../../../../ui/format/text';
import { TableFrame, tableStyles } from '../../../../ui/table/TableFrame';
import { RagBadge } from '../risk/RagBadge';
import { categoryName, directionName, escalationName, statusName } from '../risk/riskText';
import { directionFor, viewScores, type DirectionInfo } from './registerModel';
import type { HistoryState } from './useHistories';
import { SignInName } from '../../../../ui/format/SignInName';

export interface IRegisterTableProps {
  caption: string;
  entries: readonly IRegisterEntry[];
  view: ForceView;
  sort: IRegisterSort;
  onSort: (sort: IRegisterSort) => void;
  history: (entry: IRegisterEntry) => HistoryState;
  locale: string;
  idPrefix: string;
  onOpen: (riskId: number) => void;
}

/** The DOM id of a risk's "open" link in a table (focus returns there when its panel closes). */


export function riskLinkId(idPrefix: string, riskId: number): string {
  return `${idPrefix}-risk-${riskId}`;
}

interface IColumn {
  key: string;
  text: string;
  sort?: RegisterSortKey;
}

/** The direction of travel of a row, in words (the arrow beside it is decoration). */
export function directionText(entry: IRegisterEntry, state: HistoryState, view: ForceView): { text: string; info: DirectionInfo | undefined } {
  if (state === 'loading') return { text: strings.RiskDirectionLoading, info: undefined };
  if (state === 'failed') return { text: strings.RiskDirectionUnknown, info: undefined };
  const info = directionFor(state, entry, view);
  if (info.kind === 'created') return { text: strings.RiskDirectionNew, info };
  if (info.kind === 'none') return { text: strings.RiskDirectionNone, info };
  return { text: directionName(entry.risk.kind, info.direction, info.from), info };
}

/**
 * The register as a table: sortable by its column headers (each a button saying how it sorts; the sorted
 * column carries `aria-sort`), RAG always in words beside its colour, the current score with its direction
 * of travel, both forces' scores on joint risks with a notable difference called out, and overdue reviews,
 * appetite and escalation as words. Scrolls sideways inside its own focusable region on a narrow screen.
 */
export function RegisterTable(props: IRegisterTableProps): React.ReactElement {
  const { view, sort, locale, idPrefix } = props;
  const theme = useTheme();
  const t = tableStyles(theme);
  const classes = React.useMemo(
    () =>
      mergeStyleSets({
        flag: { display: 'inline-flex', alignItems: 'center', gap: 4, fontWeight: 600, color: theme.semanticColors.errorText, whiteSpace: 'nowrap' },
        differ: { display: 'inline-block', marginTop: 2, padding: '0 4px', fontWeight: 600, border: `1px dashed ${theme.semanticColors.severeWarningIcon}`, color: theme.semanticColors.bodyText },
        small: { fontSize: 12, color: theme.semanticColors.bodySubtext },
        list: { margin: 0, padding: 0, listStyle: 'none', selectors: { li: { marginBottom: 2 } } }
      }),
    [theme]
  );

  const columns: IColumn[] = [
    { key: 'risk', text: strings.RiskColRisk, sort: 'reference' },
    { key: 'topic', text: strings.RiskColTopic, sort: 'category' },
    { key: 'force', text: strings.RiskColForce, sort: 'force' },
    { key: 'owner', text: strings.RiskColOwner, sort: 'owner' },
    { key: 'current', text: strings.RiskColCurrent, sort: 'current' },
    { key: 'target', text: strings.RiskColTarget, sort: 'target' },
    { key: 'status', text: strings.RiskColStatus, sort: 'status' },
    { key: 'review', text: strings.RiskColReview, sort: 'reviewDate' },
    { key: 'flags', text: strings.RiskColFlags, sort: 'escalation' }
  ];

  const header = (c: IColumn): React.ReactElement => {
    const sorted = c.sort !== undefined && sort.key === c.sort;
    const ariaSort = sorted ? (sort.descending === true ? 'descending' : 'ascending') : undefined;
    // Scores sort highest first on the first press; everything else A to Z.
    const nextDescending = sorted ? sort.descending !== true : c.sort === 'current' || c.sort === 'target';
    return (
      <th key={c.key} scope="col" style={t.head} aria-sort={ariaSort}>
        {c.sort !== undefined ? (
          <ActionButton
            styles={{ root: { height: 'auto', padding: 0, fontWeight: 600, textAlign: 'left' }, label: { margin: 0 } }}
            iconProps={sorted ? { iconName: sort.descending === true ? 'SortDown' : 'SortUp' } : undefined}
            ariaLabel={formatText(nextDescending ? strings.RiskSortByDescending : strings.RiskSortBy, c.text)}
            onClick={() => props.onSort({ key: c.sort as RegisterSortKey, descending: nextDescending })}
          >
            {c.text}
          </ActionButton>
        ) : (
          c.text
        )}
      </th>
    );
  };

  const currentCell = (e: IRegisterEntry): React.ReactElement => {
    const s = viewScores(e, view);
    const direction = directionText(e, props.history(e), view);
    const arrow = direction.info?.kind === 'moved' ? (direction.info.direction === 'up' ? 'SortUp' : direction.info.direction === 'down' ? 'SortDown' : undefined) : undefined;
    const joint = isJoint(e.risk) && e.exposures.length > 0;
    return (
      <td style={t.cell}>
        <div>
          <RagBadge score={s.current} />
        </div>
        <div className={classes.small} data-direction>
          {arrow !== undefined ? <Icon iconName={arrow} aria-hidden="true" styles={{ root: { marginRight: 4 } }} /> : null}
          {direction.text}
        </div>
        {joint ? (
          <ul className={classes.list} aria-label={strings.RiskForceScoresLabel} style={{ marginTop: 4 }}>
            {e.exposures.map((x) => (
              <li key={x.force}>
                {formatText(strings.RiskForceScoreLabel, x.force)} <RagBadge score={x.current} />
              </li>
            ))}
          </ul>
        ) : null}
        {joint && e.divergence !== null && e.divergence.highlighted ? (
          <span className={classes.differ} data-divergent>
            {formatText(strings.RiskForcesDiffer, e.divergence.difference, e.divergence.highest.force)}
          </span>
        ) : null}
        {joint && e.missingForces.length > 0 ? <div className={classes.small}>{formatText(strings.RiskForcesMissing, e.missingForces.join(', '))}</div> : null}
      </td>
    );
  };

  const flags = (e: IRegisterEntry): React.ReactElement => {
    const s = viewScores(e, view);
    const items: React.ReactNode[] = [];
    if (s.outOfAppetite) {
      items.push(
        <li key="appetite" className={classes.flag}>
          <Icon iconName="Warning" aria-hidden="true" />
          {strings.RiskFlagOutOfAppetite}
        </li>
      );
    }
    if (e.appetite.escalationDue) items.push(<li key="due">{strings.RiskFlagEscalationDue}</li>);
    if (e.risk.escalation !== 'none') items.push(<li key="escalated">{formatText(strings.RiskFlagEscalated, escalationName(e.risk.escalation))}</li>);
    if (e.overdueActions > 0) items.push(<li key="actions">{formatText(e.overdueActions === 1 ? strings.RiskFlagOverdueActionsOne : strings.RiskFlagOverdueActions, e.overdueActions)}</li>);
    return <td style={t.cell}>{items.length > 0 ? <ul className={classes.list}>{items}</ul> : <span className={classes.small}>{strings.RiskFlagNone}</span>}</td>;
  };

  return (
    <TableFrame caption={props.caption}>
      <thead>
        <tr>{columns.map(header)}</tr>
      </thead>
      <tbody>
        {props.entries.map((e) => {
          const s = viewScores(e, view);
          return (
            <tr key={e.risk.id} data-risk={e.risk.id}>
              <th scope="row" style={{ ...t.rowHead, minWidth: 180 }}>
                <Link id={riskLinkId(idPrefix, e.risk.id)} onClick={() => props.onOpen(e.risk.id)} styles={{ root: { textAlign: 'left', overflowWrap: 'anywhere' } }}>
                  {e.risk.title}
                </Link>
                <div className={classes.small}>{e.risk.reference}</div>
              </th>
              <td style={t.cell}>{categoryName(e.risk.category)}</td>
              <td style={t.cell}>{e.risk.force}</td>
              <td style={{ ...t.cell, overflowWrap: 'break-word' }}><SignInName upn={s.owner} /></td>
              {currentCell(e)}
              <td style={t.cell}>
                <RagBadge score={s.target} />
              </td>
              <td style={t.cell}>{statusName(e.risk.status)}</td>
              <td style={t.cell}>
                {e.risk.reviewDate !== null ? <span style={{ whiteSpace: 'nowrap' }}>{formatDay(e.risk.reviewDate, locale)}</span> : <span className={classes.small}>{strings.RiskNotSet}</span>}
                {e.reviewOverdue ? (
                  <div className={classes.flag}>
                    <Icon iconName="Clock" aria-hidden="true" />
                    {strings.RiskFlagReviewOverdue}
                  </div>
                ) : null}
              </td>
              {flags(e)}
            </tr>
          );
        })}
      </tbody>
    </TableFrame>
  );
}
