import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Link } from '@fluentui/react/lib/Link';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { mergeStyleSets, type ITheme } from '@fluentui/react/lib/Styling';
import * as strings from 'SuiteStrings';
import type { IModuleStatus, ITrainingModule } from '../../../domain/training/types';
import { formatDay, formatText } from '../../../ui/format/text';

export interface IModuleCardProps {
  module: ITrainingModule;
  status: IModuleStatus;
  locale: string;
  theme: ITheme;
  onRecord: (module: ITrainingModule) => void;
}

/** Only web links open from a module: a content link is data someone typed, never script. */
export function safeContentUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

function dueText(status: IModuleStatus, locale: string): string {
  if (status.state === 'done') {
    const done = status.completion ? formatText(strings.TrainingCompletedOn, formatDay(status.completion.completedOn, locale)) : '';
    return status.validUntil ? `${done} · ${formatText(strings.TrainingValidUntil, formatDay(status.validUntil, locale))}` : done;
  }
  if (!status.dueOn) return '';
  return formatText(status.state === 'overdue' ? strings.TrainingWasDueOn : strings.TrainingDueOn, formatDay(status.dueOn, locale));
}

/** One module in "my training": what it is, when it is due, the content and the way to record it. */
export function ModuleCard(props: IModuleCardProps): React.ReactElement {
  const { module, status, locale, theme } = props;
  const classes = mergeStyleSets({
    card: {
      padding: 12,
      border: `1px solid ${theme.semanticColors.bodyDivider}`,
      borderLeft: `4px solid ${status.state === 'overdue' ? theme.semanticColors.errorIcon : status.state === 'done' ? theme.semanticColors.successIcon : theme.palette.themePrimary}`,
      background: theme.semanticColors.bodyBackground,
      listStyle: 'none',
      minWidth: 0
    },
    meta: { color: theme.semanticColors.bodySubtext }
  });
  const href = safeContentUrl(module.contentUrl);
  const Record = status.state === 'overdue' ? PrimaryButton : DefaultButton;
  return (
    <li className={classes.card} data-module={module.key} data-state={status.state}>
      <Stack tokens={{ childrenGap: 6 }}>
        <Text as="h5" variant="mediumPlus" block styles={{ root: { margin: 0, fontWeight: 600, overflowWrap: 'anywhere' } }}>
          {module.title}
        </Text>
        <Text variant="small" className={classes.meta} block>
          {[module.mandatory ? strings.TrainingMandatory : strings.TrainingOptional, dueText(status, locale), module.durationMinutes ? formatText(strings.TrainingDuration, module.durationMinutes) : '']
            .filter((t) => t !== '')
            .join(' · ')}
        </Text>
        {module.description ? (
          <Text block styles={{ root: { overflowWrap: 'anywhere' } }}>
            {module.description}
          </Text>
        ) : null}
        <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 12 }}>
          {href ? (
            <Link href={href} target="_blank" rel="noopener noreferrer" aria-label={formatText(strings.TrainingOpenContentOf, module.title)}>
              {strings.TrainingOpenContent}
            </Link>
          ) : null}
          {status.state !== 'done' ? (
            <Record text={strings.TrainingRecord} ariaLabel={formatText(strings.TrainingRecordOf, module.title)} onClick={() => props.onRecord(module)} />
          ) : null}
        </Stack>
      </Stack>
    </li>
  );
}
