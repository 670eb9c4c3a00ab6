import * as React from 'react';
import { ActionButton } from '@fluentui/react/lib/Button';
import { Stack } from '@fluentui/react/lib/Stack';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'SuiteStrings';
import type { IHistoryEntry, IScoreChange } from '../../../../domain/risks';
import { formatText } from '../../../../ui/format/text';
import { measureOfColumn } from './conflictModel';
import { fieldName, fieldValueText, formatInstant, measureName, personName, scoreWords } from './riskText';

export interface IHistorySectionProps {
  history: readonly IHistoryEntry[];
  locale: string;
  idPrefix: string;
}

/** How many changes show before "show all". */
const FIRST = 10;

/** Long text (cause, controls…) is cut in the list; the risk itself holds the whole of it. */
const MAX_VALUE = 240;

function cut(text: string): string {
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}\u2026` : text;
}

export function scoreChangeText(c: IScoreChange): string {
  const direction = c.direction === 'up' ? strings.RiskHistoryUp : c.direction === 'down' ? strings.RiskHistoryDown : strings.RiskHistorySame;
  return formatText(strings.RiskHistoryScore, c.force, measureName(c.measure).toLowerCase(), scoreWords(c.from), scoreWords(c.to), direction);
}

/** What one version did, in a line: "James Pike changed Essex's scores". */
export function entryTitle(e: IHistoryEntry): string {
  const who = personName(e.by);
  if (e.subject === 'assessment') {
    const force = e.force ?? '';
    if (e.baseline) return formatText(strings.RiskHistoryBaselineForce, force);
    return formatText(e.created ? strings.RiskHistoryAddedForce : strings.RiskHistoryChangedForce, who, force);
  }
  if (e.baseline) return strings.RiskHistoryBaseline;
  return formatText(e.created ? strings.RiskHistoryCreated : strings.RiskHistoryChanged, who);
}

/**
 * The risk's change history from SharePoint's versions: who changed what and when, newest first, each
 * force's re-scores with their direction, and every other column's old and new value.
 */
export function HistorySection(props: IHistorySectionProps): React.ReactElement {
  const { history, locale } = props;
  const theme = useTheme();
  const [all, setAll] = React.useState(false);
  const shown = all ? history : history.slice(0, FIRST);
  const classes = mergeStyleSets({
    list: { margin: 0, padding: 0, listStyle: 'none' },
    item: { borderLeft: `3px solid ${theme.semanticColors.bodyDivider}`, padding: '4px 0 4px 12px', marginBottom: 8, overflowWrap: 'anywhere' },
    when: { color: theme.semanticColors.bodySubtext, fontSize: 12 },
    changes: { margin: '4px 0 0', paddingLeft: 18 }
  });

  if (history.length === 0) return <Text block>{strings.RiskHistoryNone}</Text>;

  return (
    <Stack tokens={{ childrenGap: 4 }}>
      <ol className={classes.list} aria-label={strings.RiskHistoryListLabel}>
        {shown.map((e, i) => {
          const columns = e.created || e.baseline ? [] : e.changes.filter((c) => measureOfColumn(c.field) === null);
          return (
            <li key={`${e.subject}-${e.itemId}-${e.version}-${i}`} className={classes.item} data-history={e.subject}>
              <Text block styles={{ root: { fontWeight: 600 } }}>
                {entryTitle(e)}
              </Text>
              <Text block className={classes.when}>
                {formatText(strings.RiskHistoryWhen, formatInstant(e.at, locale), e.version)}
              </Text>
              {e.scoreChanges.length > 0 || columns.length > 0 ? (
                <ul className={classes.changes}>
                  {e.scoreChanges.map((c) => (
                    <li key={`score-${c.force}-${c.measure}`}>{scoreChangeText(c)}</li>
                  ))}
                  {columns.map((c) => (
                    <li key={c.field}>{formatText(strings.RiskChangeFromTo, fieldName(c.field), cut(fieldValueText(c.field, c.from, locale)), cut(fieldValueText(c.field, c.to, locale)))}</li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ol>
      {history.length > FIRST ? (
        <div>
          <ActionButton iconProps={{ iconName: all ? 'ChevronUp' : 'ChevronDown' }} aria-expanded={all} onClick={() => setAll(!all)}>
            {all ? strings.RiskHistoryFewer : formatText(strings.RiskHistoryAll, history.length)}
          </ActionButton>
        </div>
      ) : null}
    </Stack>
  );
}
