import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { hiddenContentStyle } from '@fluentui/react/lib/Styling';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'SuiteStrings';
import type { DataSite } from '../../../../data/sp';
import { exportSubjectData, removeSubjectData, type IRemovalOutcome, type ISubjectAccessExport, type ISubjectSource } from '../../../../data/subjectAccess';
import { TRAINING_RETENTION_YEARS } from '../../../../domain/people/retention';
import { errorMessage } from '../../../../ui/data/errorMessage';
import { formatCount, formatDay, formatText } from '../../../../ui/format/text';

export interface ISubjectAccessProps {
  site: () => Promise<DataSite>;
  today: string;
  locale: string;
}

type Found = { kind: 'idle' } | { kind: 'reading' } | { kind: 'ready'; data: ISubjectAccessExport } | { kind: 'failed'; message: string };
type Removal = { kind: 'idle' } | { kind: 'confirm' } | { kind: 'removing' } | { kind: 'done'; outcomes: IRemovalOutcome[] } | { kind: 'failed'; message: string };

const SIGN_IN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function ruleText(source: ISubjectSource, locale: string): string {
  const d = source.decision;
  if (d.remove) return strings.SubjectAccessRuleRemove;
  if (d.reason === 'organisational') return strings.SubjectAccessRuleOrganisational;
  if (d.reason === 'inWorkforce') return formatText(strings.SubjectAccessRuleInWorkforce, String(TRAINING_RETENTION_YEARS));
  return formatText(strings.SubjectAccessRuleRetained, formatDay(d.until, locale));
}

const removable = (data: ISubjectAccessExport): ISubjectSource[] => data.sources.filter((s) => s.decision.remove && s.items.length > 0);
const count = (sources: readonly ISubjectSource[]): number => sources.reduce((n, s) => n + s.items.length, 0);

/** The export as a file: named by date only (a download folder is not the place for a name). */
function download(data: ISubjectAccessExport, today: string): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `subject-access-${today}.json`;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Subject access (training leads and site owners): find everything the suite holds on one sign-in name,
 * download it with its history, and remove what the retention rules allow. What is read and deleted is
 * what SharePoint allows the person; the view says where that is less than everything.
 */
export function SubjectAccess(props: ISubjectAccessProps): React.ReactElement {
  const theme = useTheme();
  const [upn, setUpn] = React.useState('');
  const [invalid, setInvalid] = React.useState<string | undefined>(undefined);
  const [found, setFound] = React.useState<Found>({ kind: 'idle' });
  const [removal, setRemoval] = React.useState<Removal>({ kind: 'idle' });

  const find = async (): Promise<ISubjectAccessExport | undefined> => {
    if (!SIGN_IN.test(upn.trim())) {
      setInvalid(strings.SubjectAccessUpnInvalid);
      return undefined;
    }
    setInvalid(undefined);
    setFound({ kind: 'reading' });
    try {
      const data = await exportSubjectData(await props.site(), upn, { today: props.today });
      setFound({ kind: 'ready', data });
      return data;
    } catch (e) {
      setFound({ kind: 'failed', message: errorMessage(e) });
      return undefined;
    }
  };

  const remove = async (data: ISubjectAccessExport): Promise<void> => {
    setRemoval({ kind: 'removing' });
    try {
      const outcomes = await removeSubjectData(await props.site(), data);
      await find();
      setRemoval({ kind: 'done', outcomes });
    } catch (e) {
      setRemoval({ kind: 'failed', message: errorMessage(e) });
    }
  };

  const cell: React.CSSProperties = { padding: '6px 8px', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`, textAlign: 'left', verticalAlign: 'top' };
  const data = found.kind === 'ready' ? found.data : undefined;
  const held = data ? data.sources.filter((s) => s.items.length > 0) : [];
  const incomplete = data ? data.sources.filter((s) => !s.complete && s.problem === undefined) : [];
  const problems = data ? data.sources.filter((s) => s.problem !== undefined) : [];
  const toRemove = data ? removable(data) : [];

  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Text>{strings.SubjectAccessIntro}</Text>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setRemoval({ kind: 'idle' });
          find().catch(() => undefined);
        }}
      >
        <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 8 }}>
          <TextField
            label={strings.SubjectAccessUpnLabel}
            value={upn}
            onChange={(_e, v) => setUpn(v ?? '')}
            errorMessage={invalid}
            autoComplete="off"
            spellCheck={false}
            styles={{ root: { minWidth: 240, flexGrow: 1 } }}
          />
          <PrimaryButton type="submit" text={strings.SubjectAccessFind} disabled={found.kind === 'reading' || removal.kind === 'removing'} />
        </Stack>
      </form>
      {found.kind === 'reading' ? <Spinner size={SpinnerSize.medium} label={strings.SubjectAccessFinding} ariaLive="polite" /> : null}
      {found.kind === 'failed' ? <MessageBar messageBarType={MessageBarType.error}>{found.message}</MessageBar> : null}
      {removal.kind === 'failed' ? <MessageBar messageBarType={MessageBarType.error}>{removal.message}</MessageBar> : null}
      {removal.kind === 'done' ? (
        <Stack tokens={{ childrenGap: 4 }} role="status">
          <MessageBar messageBarType={MessageBarType.success}>{formatText(strings.SubjectAccessRemoved, formatCount(removal.outcomes.reduce((n, o) => n + o.removed, 0), props.locale))}</MessageBar>
          {removal.outcomes
            .filter((o) => o.failed.length > 0)
            .map((o) => (
              <MessageBar key={o.listKey} messageBarType={MessageBarType.error}>
                {formatText(strings.SubjectAccessRemoveFailed, data?.sources.find((s) => s.listKey === o.listKey)?.listTitle ?? o.listKey, formatCount(o.failed.length, props.locale), errorMessage(o.failed[0].error))}
              </MessageBar>
            ))}
        </Stack>
      ) : null}
      {data ? (
        <Stack tokens={{ childrenGap: 8 }}>
          {incomplete.length > 0 ? (
            <MessageBar messageBarType={MessageBarType.warning}>{formatText(strings.SubjectAccessIncomplete, incomplete.map((s) => s.listTitle).join(', '))}</MessageBar>
          ) : null}
          {problems.map((s) => (
            <MessageBar key={s.listKey} messageBarType={MessageBarType.error}>
              {formatText(strings.SubjectAccessProblem, s.listTitle, errorMessage(s.problem))}
            </MessageBar>
          ))}
          {held.length === 0 ? (
            <Text>{strings.SubjectAccessNothing}</Text>
          ) : (
            <>
              <Text>
                {formatText(
                  strings.SubjectAccessSummary,
                  formatCount(count(held), props.locale),
                  formatCount(held.length, props.locale),
                  formatCount(held.reduce((n, s) => n + s.items.reduce((m, i) => m + i.versions.length, 0), 0), props.locale)
                )}
              </Text>
              <div role="region" aria-label={strings.TrainingTabSubjectAccess} tabIndex={0} style={{ overflowX: 'auto', maxWidth: '100%' }}>
                {/* Below 480 px the table scrolls in its region rather than squeezing the rules into a word a line. */}
                <table style={{ borderCollapse: 'collapse', width: '100%', minWidth: 480, color: theme.semanticColors.bodyText }}>
                  <caption style={hiddenContentStyle as React.CSSProperties}>{strings.TrainingTabSubjectAccess}</caption>
                  <thead>
                    <tr>
                      <th scope="col" style={cell}>{strings.SubjectAccessColumnList}</th>
                      <th scope="col" style={{ ...cell, textAlign: 'right' }}>{strings.SubjectAccessColumnItems}</th>
                      <th scope="col" style={{ ...cell, textAlign: 'right' }}>{strings.SubjectAccessColumnVersions}</th>
                      <th scope="col" style={cell}>{strings.SubjectAccessColumnRule}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {held.map((s) => (
                      <tr key={s.listKey}>
                        <th scope="row" style={{ ...cell, fontWeight: 400 }}>{s.listTitle}</th>
                        <td style={{ ...cell, textAlign: 'right' }}>{formatCount(s.items.length, props.locale)}</td>
                        <td style={{ ...cell, textAlign: 'right' }}>{formatCount(s.items.reduce((n, i) => n + i.versions.length, 0), props.locale)}</td>
                        <td style={cell}>{ruleText(s, props.locale)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
                <DefaultButton iconProps={{ iconName: 'Download' }} text={strings.SubjectAccessDownload} onClick={() => download(data, props.today)} />
                <DefaultButton
                  iconProps={{ iconName: 'Delete' }}
                  text={strings.SubjectAccessRemove}
                  disabled={toRemove.length === 0 || removal.kind === 'removing'}
                  onClick={() => setRemoval({ kind: 'confirm' })}
                />
              </Stack>
              {toRemove.length === 0 ? <Text variant="small">{strings.SubjectAccessNothingToRemove}</Text> : null}
            </>
          )}
        </Stack>
      ) : null}
      {removal.kind === 'removing' ? <Spinner size={SpinnerSize.medium} label={strings.SubjectAccessRemoving} ariaLive="polite" /> : null}
      {data && removal.kind === 'confirm' ? (
        <Dialog
          hidden={false}
          onDismiss={() => setRemoval({ kind: 'idle' })}
          dialogContentProps={{
            type: DialogType.normal,
            title: formatText(strings.SubjectAccessRemoveTitle, formatCount(count(toRemove), props.locale)),
            subText: formatText(strings.SubjectAccessRemoveBody, toRemove.map((s) => `${s.listTitle} (${formatCount(s.items.length, props.locale)})`).join(', '))
          }}
          modalProps={{ isBlocking: true }}
        >
          <DialogFooter>
            <PrimaryButton text={strings.SubjectAccessRemoveConfirm} onClick={() => remove(data).catch(() => undefined)} />
            <DefaultButton text={strings.SubjectAccessCancel} onClick={() => setRemoval({ kind: 'idle' })} />
          </DialogFooter>
        </Dialog>
      ) : null}
    </Stack>
  );
}
