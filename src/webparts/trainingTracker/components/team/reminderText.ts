import * as strings from 'SuiteStrings';
import type { IReminderWording } from '../../../../domain/training/team';
import { formatText } from '../../../../ui/format/text';

/** The reminder's wording in the user's language; a group is greeted as a whole, one person by name. */
export function reminderWording(recipientNames: readonly string[]): IReminderWording {
  return {
    greeting: recipientNames.length === 1 ? formatText(strings.TrainingReminderGreetingOne, recipientNames[0]) : strings.TrainingReminderGreetingAll,
    intro: strings.TrainingReminderMessageIntro,
    overdueHeading: strings.TrainingReminderOverdueHeading,
    dueSoonHeading: strings.TrainingReminderDueSoonHeading,
    overdueLine: strings.TrainingReminderOverdueLine,
    dueSoonLine: strings.TrainingReminderDueSoonLine,
    trainingPage: strings.TrainingReminderTrainingPage,
    trainingPageNoLink: strings.TrainingReminderTrainingPageNoLink,
    signOff: strings.TrainingReminderSignOff
  };
}

/**
 * The address a reminder points people to: the page this view is open on (people complete their
 * training in the same web part), without its query or fragment. Undefined where that page is not one
 * people can open: anything but http(s), and SharePoint's `_layouts` pages (the Teams tab host, the
 * workbench), where the message says where to go in words instead.
 */
export function trainingPageFrom(href: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    if (/\/_layouts\//i.test(url.pathname)) return undefined;
    return `${url.origin}${url.pathname}`;
  } catch {
    return undefined;
  }
}
