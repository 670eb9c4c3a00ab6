/** @jest-environment jsdom */
import * as React from 'react';
import { act, render, screen } from '@testing-library/react';
import { createTheme } from '@fluentui/react/lib/Styling';
import * as strings from 'SuiteStrings';
import { PartHost } from './PartHost';
import type { IHostContext } from './hostContext';
import { SuiteApp } from '../../webparts/suite/components/SuiteApp';
import { RetryHub } from '../data/PartServices';
import { formatText } from '../format/text';

const host: IHostContext = {
  host: 'TeamsTab',
  user: { displayName: 'Ada', email: 'ada@policing.example', loginName: 'i:0#.f|membership|ada@policing.example' },
  pageSiteUrl: 'https://contoso.sharepoint.com/sites/programme',
  locale: 'en-GB',
  themeName: 'dark',
  theme: createTheme({}),
  instanceId: 'host-test'
};

function Broken(): React.ReactElement {
  throw new Error('boom');
}

describe('PartHost', () => {
  it('keeps a failing part from blanking the page and says so as an alert', () => {
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      render(
        <PartHost host={host} label="Training tracker">
          <Broken />
        </PartHost>
      );
    } finally {
      quiet.mockRestore();
    }
    expect(screen.getByRole('region', { name: 'Training tracker' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe(strings.PartFailed);
  });

  it('tells the person who added a Suite tab what to do, as a status', () => {
    render(
      <PartHost host={host} label="Suite">
        <SuiteApp part={undefined} available={['trainingTracker']} settings={{}} />
      </PartHost>
    );
    expect(screen.getByRole('status').textContent).toBe(strings.SuiteChoosePart);
  });

  it('says when no part is available yet', () => {
    render(
      <PartHost host={host} label="Suite">
        <SuiteApp part={undefined} available={[]} settings={{}} />
      </PartHost>
    );
    expect(screen.getByRole('status').textContent).toBe(strings.SuiteNoPartsAvailable);
  });
});

describe('PartHost: SharePoint throttling', () => {
  afterEach(() => jest.useRealTimers());

  it('says it is trying again while the data layer waits, in a polite status, and clears once the wait is over', () => {
    jest.useFakeTimers();
    const retries = new RetryHub();
    render(
      <PartHost host={host} label="Training tracker" services={{ dataSite: () => new Promise(() => undefined), retries }}>
        <p>part</p>
      </PartHost>
    );
    const status = (): HTMLElement => document.querySelector('[data-retry-status]') as HTMLElement;
    expect(status().getAttribute('role')).toBe('status');
    expect(status().textContent).toBe('');
    act(() => retries.emit({ attempt: 1, maxAttempts: 6, waitMs: 3200 }));
    expect(status().textContent).toBe(formatText(strings.RetryingBusy, 4, 2, 6));
    act(() => retries.emit({ attempt: 2, maxAttempts: 6, waitMs: 1000 }));
    expect(status().textContent).toBe(formatText(strings.RetryingBusy, 1, 3, 6));
    act(() => {
      jest.advanceTimersByTime(2400);
    });
    expect(status().textContent).not.toBe('');
    act(() => {
      jest.advanceTimersByTime(200);
    });
    expect(status().textContent).toBe('');
  });
});
