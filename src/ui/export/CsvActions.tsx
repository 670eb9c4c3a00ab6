import * as React from 'react';
import { ActionButton } from '@fluentui/react/lib/Button';
import { Stack } from '@fluentui/react/lib/Stack';
import * as strings from 'SuiteStrings';
import { formatText } from '../format/text';
import { CSV_BOM, toCsv, type CsvCell } from './csv';

export interface ICsvActionsProps {
  /** What the export holds, for the buttons' accessible names ("Download … as CSV"). */
  label: string;
  fileName: string;
  headers: readonly string[];
  /** Built only when a button is pressed, so large views cost nothing until exported. */
  rows: () => ReadonlyArray<readonly CsvCell[]>;
}

/**
 * Download and copy buttons for one view's CSV. Downloads can be blocked in some Teams clients, so the
 * same text can be copied to the clipboard and pasted into Excel or a licensing-group import.
 */
export function CsvActions(props: ICsvActionsProps): React.ReactElement {
  const [status, setStatus] = React.useState('');
  const text = (): string => toCsv(props.headers, props.rows());

  const download = (): void => {
    const url = URL.createObjectURL(new Blob([CSV_BOM + text()], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = props.fileName;
    a.rel = 'noopener';
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
    setStatus(formatText(strings.ExportDownloaded, props.fileName));
  };

  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(text());
      setStatus(strings.ExportCopied);
    } catch {
      setStatus(strings.ExportCopyFailed);
    }
  };

  return (
    <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 4 }}>
      <ActionButton iconProps={{ iconName: 'Download' }} ariaLabel={formatText(strings.ExportDownloadOf, props.label)} onClick={download}>
        {strings.ExportDownload}
      </ActionButton>
      <ActionButton iconProps={{ iconName: 'Copy' }} ariaLabel={formatText(strings.ExportCopyOf, props.label)} onClick={copy}>
        {strings.ExportCopy}
      </ActionButton>
      <span role="status" aria-live="polite" style={{ fontSize: 12 }}>
        {status}
      </span>
    </Stack>
  );
}
