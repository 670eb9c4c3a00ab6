import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import * as strings from 'SuiteStrings';
import { reminderSummary } from '../../../../domain/training/team';
import type { IModuleStatus, ITrainingModule } from '../../../../domain/training/types';
import { formatDay, formatText } from '../../../../ui/format/text';

export interface IReminderBannerProps {
  /** The learner's statuses (from `myTraining`). */
  statuses: readonly IModuleStatus[];
  /** The modules shown; statuses of any other module (retired, not loaded) are not counted. */
  modules: readonly ITrainingModule[];
  locale: string;
}

export interface IReminderBannerContent {
  /** Severe warning while anything is overdue; warning while something is only due soon. */
  type: MessageBarType.severeWarning | MessageBarType.warning;
  text: string;
}

/** What the banner says, or undefined when nothing is overdue or due soon. */
export function reminderBanner(statuses: readonly IModuleStatus[], modules: readonly ITrainingModule[], locale: string): IReminderBannerContent | undefined {
  const known = new Set(modules.map((m) => m.key));
  const summary = reminderSummary(statuses.filter((s) => known.has(s.moduleKey)));
  const sentences: string[] = [];
  if (summary.overdue === 1) sentences.push(strings.TrainingReminderBannerOverdueOne);
  if (summary.overdue > 1) sentences.push(formatText(strings.TrainingReminderBannerOverdueMany, summary.overdue));
  if (summary.dueSoon > 0 && summary.nearestDueOn !== undefined) {
    const by = formatDay(summary.nearestDueOn, locale);
    sentences.push(summary.dueSoon === 1 ? formatText(strings.TrainingReminderBannerDueSoonOne, by) : formatText(strings.TrainingReminderBannerDueSoonMany, summary.dueSoon, by));
  }
  if (sentences.length === 0) return undefined;
  return { type: summary.overdue > 0 ? MessageBarType.severeWarning : MessageBarType.warning, text: sentences.join(' ') };
}

/**
 * The learner's own reminder at the top of "My training": a severe warning while anything is overdue,
 * a warning while something is due soon, nothing otherwise. It is part of the page as it opens, not news:
 * rendered at once with the `status` role, so a screen reader reads it in order instead of interrupting
 * (Fluent would make a severe warning an assertive alert). Colours come from the theme, dark and high
 * contrast included.
 */
export function ReminderBanner(props: IReminderBannerProps): React.ReactElement | null {
  const banner = reminderBanner(props.statuses, props.modules, props.locale);
  if (!banner) return null;
  return (
    <MessageBar messageBarType={banner.type} isMultiline role="status" delayedRender={false}>
      {banner.text}
    </MessageBar>
  );
}
