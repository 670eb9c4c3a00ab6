import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { ITheme } from '@fluentui/react/lib/Styling';
import * as strings from 'SuiteStrings';
import { paperDelta } from '../../../../domain/board/meetingState';
import type { IBoardMeeting, IBoardStore, IMeetingSnapshot } from '../../../../domain/board/types';
import { CsvActions } from '../../../../ui/export/CsvActions';
import { formatDay, formatText } from '../../../../ui/format/text';
import { ragColours } from '../risk/RagBadge';
import type { IBoardMember } from './boardModel';
import { DELTA_CSV_HEADERS, deltaCsvFileName, deltaCsvRows, paperBodyHtml, paperColourCss, paperHtml, paperLayoutCss, paperOf, PRINT_PALETTE, type IPaperPalette } from './paperModel';
import { useLoad } from './useLoad';

export interface IBoardPaperProps {
  idPrefix: string;
  store: IBoardStore;
  /** A closed meeting. */
  meeting: IBoardMeeting;
  members: readonly IBoardMember[];
  locale: string;
  onBack: () => void;
}

/** The paper in the theme's colours on screen (dark and Teams themes included; Windows high contrast overrides them). */
function themePalette(theme: ITheme): IPaperPalette {
  const band = (rag: 'red' | 'redAmber' | 'amber' | 'green'): { fill: string; edge: string; ink: string } => {
    const c = ragColours(theme, rag);
    return { fill: c.background, edge: c.border, ink: c.text };
  };
  return {
    text: theme.semanticColors.bodyText,
    background: theme.semanticColors.bodyBackground,
    rule: theme.palette.neutralTertiary,
    head: theme.palette.neutralLighter,
    rag: { red: band('red'), redAmber: band('redAmber'), amber: band('amber'), green: band('green') }
  };
}

/** A class name from an element id (for the body class that scopes the print rules to this paper). */
const classOf = (id: string): string => id.replace(/[^A-Za-z0-9_-]/g, '-');

/**
 * The print stylesheet while the paper is open: only the paper prints — everything else on the page
 * (SharePoint's or Teams' chrome, other parts, this part's own controls) is taken out of the printed
 * layout, and the paper's ancestors stop clipping or scrolling it, so it runs over as many pages as it
 * needs, black on white, with its marking at the top and bottom of every page.
 */
export function printCss(paperId: string, bodyClass: string): string {
  const b = `body.${bodyClass}`;
  const p = `#${paperId}`;
  return [
    '@media print {',
    paperColourCss(p, PRINT_PALETTE),
    `${b} *:not(:has(${p})):not(${p}):not(${p} *) { display: none !important; }`,
    `html:has(${p}), ${b}, ${b} *:has(${p}) { display: block !important; position: static !important; overflow: visible !important; height: auto !important; min-height: 0 !important; max-height: none !important; width: auto !important; min-width: 0 !important; max-width: none !important; margin: 0 !important; padding: 0 !important; border: 0 !important; transform: none !important; filter: none !important; box-shadow: none !important; background: #fff !important; }`,
    `${p} { margin: 0 !important; padding: 0 !important; }`,
    '}'
  ].join('\n');
}

/**
 * The board paper of a closed meeting, generated from its closure's snapshot (and the previous meeting's
 * for "since last board") only. "Print or save as PDF" prints just the paper; "Download" saves it as one
 * HTML file (its styles inside, no scripts) with the marking at its top and bottom; "since last board" also
 * downloads as CSV.
 */
export function BoardPaper(props: IBoardPaperProps): React.ReactElement {
  const { idPrefix, store, meeting, members, locale } = props;
  const theme = useTheme();
  const paperId = `${idPrefix}-document`;
  const bodyClass = `${classOf(paperId)}-printing`;
  const [snapshot, retrySnapshot] = useLoad<IMeetingSnapshot | undefined>(() => store.snapshot(meeting), `${meeting.id}:${meeting.records.length}`);
  const [previous, retryPrevious] = useLoad<IMeetingSnapshot | null>(() => store.previousSnapshot(meeting), `${meeting.id}:${meeting.records.length}`);
  const [status, setStatus] = React.useState('');

  // While the paper is open, the body carries the class its print rules are scoped to.
  React.useEffect(() => {
    document.body.classList.add(bodyClass);
    return () => document.body.classList.remove(bodyClass);
  }, [bodyClass]);

  const ready = snapshot.kind === 'ready' && snapshot.value !== undefined && previous.kind === 'ready';
  const frozen = snapshot.kind === 'ready' ? snapshot.value : undefined;
  const before = previous.kind === 'ready' ? previous.value : undefined;
  const paper = React.useMemo(
    () => (frozen === undefined || before === undefined ? undefined : paperOf({ snapshot: frozen, previous: before, records: meeting.records, members, locale })),
    [frozen, before, meeting.records, members, locale]
  );
  const delta = React.useMemo(() => (frozen === undefined || before === undefined ? undefined : paperDelta(frozen, before)), [frozen, before]);
  const body = React.useMemo(() => (paper === undefined ? '' : paperBodyHtml(paper, { titleLevel: 3, titleId: `${idPrefix}-heading` })), [paper, idPrefix]);
  const css = React.useMemo(() => `${paperLayoutCss(`#${paperId}`)}\n${paperColourCss(`#${paperId}`, themePalette(theme))}\n${printCss(paperId, bodyClass)}`, [paperId, bodyClass, theme]);

  const download = (): void => {
    if (paper === undefined) return;
    const url = URL.createObjectURL(new Blob([paperHtml(paper)], { type: 'text/html;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = paper.fileName;
    a.rel = 'noopener';
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
    setStatus(formatText(strings.ExportDownloaded, paper.fileName));
  };

  // Focus moves to the paper's title once it is generated (it is not there while the snapshot is read).
  const focused = React.useRef(false);
  React.useEffect(() => {
    if (paper === undefined || focused.current) return;
    focused.current = true;
    document.getElementById(`${idPrefix}-heading`)?.focus();
  }, [paper, idPrefix]);

  const failed = snapshot.kind === 'failed' ? snapshot : previous.kind === 'failed' ? previous : undefined;

  return (
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { minWidth: 0 } }}>
      <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 8 }}>
        <DefaultButton iconProps={{ iconName: 'Back' }} text={strings.BoardBackToMeeting} onClick={props.onBack} />
        {ready ? <PrimaryButton iconProps={{ iconName: 'Print' }} text={strings.BoardPrint} onClick={() => window.print()} /> : null}
        {ready ? <DefaultButton iconProps={{ iconName: 'Download' }} text={strings.BoardDownloadPaper} onClick={download} /> : null}
        {ready && delta !== undefined && delta.items.length > 0 ? (
          <CsvActions label={strings.BoardSinceCsvLabel} fileName={deltaCsvFileName(meeting.meetingDate)} headers={DELTA_CSV_HEADERS()} rows={() => deltaCsvRows(delta)} />
        ) : null}
        <span role="status" aria-live="polite" style={{ fontSize: 12 }}>
          {status}
        </span>
      </Stack>
      {ready ? (
        <Text block variant="small">
          {strings.BoardPaperFromSnapshot}
        </Text>
      ) : null}
      {failed !== undefined ? (
        <MessageBar
          messageBarType={MessageBarType.error}
          isMultiline
          actions={
            <DefaultButton
              text={strings.BoardTryAgain}
              onClick={() => {
                retrySnapshot();
                retryPrevious();
              }}
            />
          }
        >
          {formatText(strings.BoardPaperFailed, failed.message)}
        </MessageBar>
      ) : snapshot.kind === 'ready' && snapshot.value === undefined ? (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          {formatText(strings.BoardPaperNotClosed, formatDay(meeting.meetingDate, locale))}
        </MessageBar>
      ) : !ready ? (
        <Spinner size={SpinnerSize.medium} label={strings.BoardPaperLoading} ariaLive="polite" />
      ) : null}
      <style>{css}</style>
      {ready ? <div id={paperId} data-paper lang={paper?.lang} dangerouslySetInnerHTML={{ __html: body }} /> : null}
    </Stack>
  );
}
