/** @jest-environment jsdom */
import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { MessageBarType } from '@fluentui/react/lib/MessageBar';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { myTraining } from '../../../../domain/training/status';
import { completion, learner, trainingModule } from '../../../../domain/training/testing';
import type { ICompletion, IModuleStatus } from '../../../../domain/training/types';
import { ReminderBanner, reminderBanner } from './ReminderBanner';

// Icon fonts are not loaded under jest; the icons are decoration here.
setIconOptions({ disableWarnings: true });

const TODAY = '2026-11-23';
const modules = [
  // Due 31 October: overdue.
  trainingModule({ key: 'copilot', title: 'How to use Copilot' }),
  // Due 25 November (24 days from 1 November): due soon.
  trainingModule({ key: 'limits', title: 'Limitations of AI outputs', assignedOn: '2026-11-01', dueWithinDays: 24 }),
  // Due 30 November: due soon.
  trainingModule({ key: 'aup', title: 'Acceptable use of M365', assignedOn: '2026-10-31' }),
  // Due 21 October (20 days from 1 October): overdue.
  trainingModule({ key: 'records', title: 'Records management', dueWithinDays: 20 })
];
const me = learner();
const statuses = (records: ICompletion[]): IModuleStatus[] => myTraining(modules, me, records, TODAY);
const done = (moduleKey: string): ICompletion => completion({ moduleKey, completedOn: '2026-11-02' });

describe('reminder banner', () => {
  it('is a severe warning with counts and the next due day while anything is overdue', () => {
    render(<ReminderBanner statuses={statuses([done('limits')])} modules={modules} locale="en-GB" />);
    const banner = screen.getByRole('status');
    expect(banner.textContent).toBe('2 modules are overdue. 1 module is due by 30 November 2026.');
    expect(reminderBanner(statuses([done('limits')]), modules, 'en-GB')?.type).toBe(MessageBarType.severeWarning);
  });

  it.each<[string, ICompletion[], string | undefined, MessageBarType | undefined]>([
    ['one overdue', [done('records'), done('limits'), done('aup')], '1 module is overdue.', MessageBarType.severeWarning],
    ['due soon only, the first day named', [done('copilot'), done('records')], '2 modules are due soon, the first by 25 November 2026.', MessageBarType.warning],
    ['one due soon', [done('copilot'), done('records'), done('limits')], '1 module is due by 30 November 2026.', MessageBarType.warning],
    ['everything done', [done('copilot'), done('records'), done('limits'), done('aup')], undefined, undefined]
  ])('%s', (_name, records, text, type) => {
    const banner = reminderBanner(statuses(records), modules, 'en-GB');
    expect(banner?.text).toBe(text);
    expect(banner?.type).toBe(type);
  });

  it('shows nothing when there is nothing to chase', () => {
    const { container } = render(<ReminderBanner statuses={statuses(modules.map((m) => done(m.key)))} modules={modules} locale="en-GB" />);
    expect(container.innerHTML).toBe('');
  });

  it('counts only the modules it is given (a retired or unknown module is not chased)', () => {
    expect(reminderBanner(statuses([]), modules.slice(1, 3), 'en-GB')?.text).toBe('2 modules are due soon, the first by 25 November 2026.');
    expect(reminderBanner(statuses([]), [], 'en-GB')).toBeUndefined();
  });

  it('writes the date in the user\u2019s locale', () => {
    expect(reminderBanner(statuses([done('copilot'), done('records'), done('limits')]), modules, 'en-US')?.text).toBe('1 module is due by November 30, 2026.');
  });
});
