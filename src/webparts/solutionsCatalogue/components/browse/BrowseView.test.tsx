/** @jest-environment jsdom */
/**
 * Browse and find in the DOM: search as you type with highlighting, facet counts that say what picking a
 * value would give, the type filter, sorting, default filters from the settings, paging, and the result
 * count in a polite live region.
 */
import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { entry } from '../../../../domain/catalogue/testing';
import type { ICatalogueEntry } from '../../../../domain/catalogue/types';
import { BrowseView } from './BrowseView';

setIconOptions({ disableWarnings: true });

/** A published entry with nothing searchable beyond what the test gives it. */
function e(overrides: Partial<ICatalogueEntry>): ICatalogueEntry {
  return entry({ problem: '', howToHtml: '<p>Open it.</p>', prompts: [], ...overrides });
}

const ENTRIES: ICatalogueEntry[] = [
  e({ id: 1, title: 'Summarise a shift briefing', summary: 'Five bullet points from the bulletins.', products: ['Copilot Chat'], departments: ['Response'], force: 'Kent', handling: 'amber', publishedOn: '2026-10-01' }),
  e({ id: 2, title: 'Draft a reply to a freedom of information request', summary: 'A first draft from the published answer.', products: ['Copilot in Word'], departments: ['Corporate services'], force: 'Essex', handling: 'green', publishedOn: '2026-11-01', prompts: ['Draft a polite FOI reply.'], estimatedMinutesPerUse: 40 }),
  e({ id: 3, title: 'Meeting notes in Teams', summary: 'Recap and actions.', products: ['Copilot in Teams', 'Copilot Chat'], departments: [], force: 'Joint', handling: 'green', publishedOn: '2026-09-01', estimatedMinutesPerUse: 5 }),
  e({ id: 4, type: 'faq', title: 'Can I use Copilot with case files?', summary: 'No: never with case material.', products: ['Copilot Chat'], departments: ['CID / local investigation'], force: 'Essex', handling: 'red', publishedOn: '2026-08-01', estimatedMinutesPerUse: null }),
  e({ id: 5, title: 'Retired summary trick', summary: 'Old.', state: 'retired', moderation: 'approved', retiredOn: '2026-11-02', retiredReason: 'Superseded.' })
];

function status(): HTMLElement {
  return screen.getByRole('status');
}

function renderBrowse(overrides: Partial<React.ComponentProps<typeof BrowseView>> = {}): jest.Mock {
  const onOpen = jest.fn();
  render(
    <BrowseView
      entries={ENTRIES}
      helpful={new Map([[3, 7], [2, 2]])}
      measured={undefined}
      initialFacets={{}}
      layout="cards"
      locale="en-GB"
      idPrefix="t"
      onOpen={onOpen}
      {...overrides}
    />
  );
  return onOpen;
}

function titles(): string[] {
  return within(screen.getByRole('list', { name: 'Catalogue entries found' }))
    .queryAllByRole('heading', { level: 4 })
    .map((h) => h.textContent ?? '');
}

/** A facet's group by its heading (which adds "(n selected)" when values are picked). */
function facet(name: string): HTMLElement {
  return screen.getByRole('group', { name: (accessible) => accessible === name || accessible.indexOf(`${name} (`) === 0 });
}

describe('browsing the catalogue', () => {
  it('shows the published entries, newest first, never a retired one, with the count in a live region', () => {
    renderBrowse();
    expect(status().getAttribute('aria-live')).toBe('polite');
    expect(status().textContent).toBe('4 entries found.');
    expect(titles()).toEqual(['Draft a reply to a freedom of information request', 'Summarise a shift briefing', 'Meeting notes in Teams', 'Can I use Copilot with case files?']);
  });

  it('searches as you type, marking the words that matched, and says when nothing matches', () => {
    renderBrowse();
    const box = screen.getByRole('searchbox', { name: 'Search the catalogue' });
    fireEvent.change(box, { target: { value: 'summ' } });
    expect(status().textContent).toBe('1 entry found.');
    expect(titles()).toEqual(['Summarise a shift briefing']);
    const marks = Array.from(document.querySelectorAll('mark')).map((m) => m.textContent);
    expect(marks).toContain('Summ');
    fireEvent.change(box, { target: { value: 'polite foi' } });
    expect(titles()).toEqual(['Draft a reply to a freedom of information request']);
    fireEvent.change(box, { target: { value: 'zebra' } });
    expect(status().textContent).toBe('No entries found.');
    expect(screen.getByText(/Try fewer or different words/)).toBeTruthy();
  });

  it('counts each facet value as the results picking it would give, and narrows the results when picked', () => {
    renderBrowse();
    const product = facet('Product');
    expect(within(product).getByRole('checkbox', { name: 'Copilot Chat (3)' })).toBeTruthy();
    expect(within(product).getByRole('checkbox', { name: 'Copilot in Word (1)' })).toBeTruthy();
    // Entries for every department count under each department.
    expect(within(facet('Department')).getByRole('checkbox', { name: 'Response (2)' })).toBeTruthy();
    expect(within(facet('Data-handling label')).getByRole('checkbox', { name: 'Green: published or non-personal information (2)' })).toBeTruthy();

    fireEvent.click(within(facet('Force')).getByRole('checkbox', { name: 'Essex (2)' }));
    expect(status().textContent).toBe('2 entries found.');
    expect(titles()).toEqual(['Draft a reply to a freedom of information request', 'Can I use Copilot with case files?']);
    // Other facets now count within Essex; the force facet still offers Kent with what it would add.
    expect(within(facet('Product')).getByRole('checkbox', { name: 'Copilot Chat (1)' })).toBeTruthy();
    expect(within(facet('Force')).getByRole('checkbox', { name: 'Kent (1)' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Force (1 selected)' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Clear filters (1 selected)' }));
    expect(status().textContent).toBe('4 entries found.');
  });

  it('filters by type and sorts by most helpful or most time saved', () => {
    renderBrowse();
    fireEvent.click(screen.getByRole('radio', { name: 'FAQs' }));
    expect(titles()).toEqual(['Can I use Copilot with case files?']);
    fireEvent.click(screen.getByRole('radio', { name: 'Use cases' }));
    expect(status().textContent).toBe('3 entries found.');

    fireEvent.click(screen.getByRole('combobox', { name: /^Sort by/ }));
    fireEvent.click(screen.getByRole('option', { name: 'Most helpful' }));
    expect(titles()).toEqual(['Meeting notes in Teams', 'Draft a reply to a freedom of information request', 'Summarise a shift briefing']);
    fireEvent.click(screen.getByRole('combobox', { name: /^Sort by/ }));
    fireEvent.click(screen.getByRole('option', { name: 'Most time saved' }));
    expect(titles()).toEqual(['Draft a reply to a freedom of information request', 'Summarise a shift briefing', 'Meeting notes in Teams']);
  });

  it('opens with the part\u2019s default filters selected', () => {
    renderBrowse({ initialFacets: { department: ['Corporate services'] } });
    expect(status().textContent).toBe('2 entries found.');
    expect(within(facet('Department')).getByRole('checkbox', { name: 'Corporate services (2)' })).toHaveProperty('checked', true);
  });

  it('opens an entry from its title, and pages long results with focus on the first new one', () => {
    const many = Array.from({ length: 35 }, (_x, i) => e({ id: 100 + i, title: `Entry number ${i + 1}`, publishedOn: `2026-10-${String((i % 28) + 1).padStart(2, '0')}` }));
    const onOpen = renderBrowse({ entries: many, layout: 'list' });
    expect(status().textContent).toBe('35 entries found.');
    expect(titles()).toHaveLength(30);
    fireEvent.click(screen.getByRole('button', { name: 'Show 5 more of 35 entries found' }));
    expect(titles()).toHaveLength(35);
    expect(document.activeElement?.textContent).toBe(titles()[30]);
    fireEvent.click(screen.getByText('Entry number 1'));
    expect(onOpen).toHaveBeenCalledWith(many[0]);
  });
});
