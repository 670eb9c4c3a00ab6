import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'SuiteStrings';
import { ConflictError } from '../../../../data/errors';
import type { IModuleRecord } from '../../../../data/TrainingModuleRepository';
import type { DataSite } from '../../../../data/sp';
import type { IModuleDraft } from '../../../../domain/training/moduleDraft';
import { assignedOn } from '../../../../domain/training/status';
import { KNOWN_FORCES } from '../../../../lists/people';
import { TrainingModulesList } from '../../../../lists/training';
import { errorMessage } from '../../../../ui/data/errorMessage';
import { formatDay, formatText } from '../../../../ui/format/text';
import { audienceSummary, checkSummary, dueBy, dueSummary, policySummary } from './moduleText';
import { newCreateId, sharePointModuleStore, useModuleList, type ModuleStoreFactory } from './useModuleList';

export interface IModuleManagerProps {
  /** The suite's data site (resolved by the host). Read on mount and on each refresh. */
  site: () => Promise<DataSite>;
  /** Today in the UK, `yyyy-mm-dd`: the day a published policy version is dated. */
  today: string;
  locale: string;
  /** Element id prefix, unique per web part instance. */
  idPrefix: string;
  /** Called after any change is saved (e.g. to reload "my training"). */
  onChanged?: () => void;
  /** Where modules are kept; SharePoint unless a test gives a fake. */
  store?: ModuleStoreFactory;
}

// The editor (panel, date picker, question editor) is the heavy part: loaded when a lead first opens it.
const ModuleEditorPanel = React.lazy(() =>
  import(/* webpackChunkName: 'training-module-editor' */ './ModuleEditorPanel').then((m) => ({ default: m.ModuleEditorPanel }))
);

type Editing = { record: IModuleRecord | undefined; createId: string };
type ActionKind = 'publish' | 'retire' | 'reinstate';
type Confirming = { kind: ActionKind; record: IModuleRecord };
type ActionProblem = { conflict: boolean; message: string };

/** Forces to offer: the ones the suite knows, the list's choices, and any a module already names. */
function forceChoices(records: readonly IModuleRecord[]): string[] {
  const all: string[] = [];
  const add = (f: string): void => {
    if (f.trim() !== '' && !all.some((a) => a.toLowerCase() === f.toLowerCase())) all.push(f);
  };
  KNOWN_FORCES.forEach(add);
  TrainingModulesList.fields.forces.choices.forEach(add);
  records.forEach((r) => (r.module.audience.forces ?? []).forEach(add));
  return all;
}

interface IConfirmText {
  title: string;
  body: string[];
  confirm: string;
}

/** What an action will do, said exactly, before the lead confirms it. */
function confirmText(c: Confirming, today: string, locale: string): IConfirmText {
  const m = c.record.module;
  const day = (d: string): string => formatDay(d, locale);
  if (c.kind === 'publish') {
    const next = (m.policy?.version ?? 0) + 1;
    const by = day(dueBy(m, today));
    return m.policy
      ? {
          title: formatText(strings.TrainingModulesPublishTitle, next, m.title),
          body: [
            formatText(strings.TrainingModulesPublishBody, next, day(today), m.dueWithinDays, by),
            formatText(strings.TrainingModulesPublishEarlier, m.policy.version)
          ],
          confirm: formatText(strings.TrainingModulesPublishConfirm, next)
        }
      : {
          title: formatText(strings.TrainingModulesPublishFirstTitle, m.title),
          body: [formatText(strings.TrainingModulesPublishFirstBody, day(today), m.dueWithinDays, by), strings.TrainingModulesPublishFirstEarlier],
          confirm: formatText(strings.TrainingModulesPublishConfirm, next)
        };
  }
  if (c.kind === 'retire') {
    return { title: formatText(strings.TrainingModulesRetireTitle, m.title), body: [strings.TrainingModulesRetireBody], confirm: strings.TrainingModulesRetire };
  }
  const due = dueBy(m, assignedOn(m));
  return {
    title: formatText(strings.TrainingModulesReinstateTitle, m.title),
    body: [
      formatText(strings.TrainingModulesReinstateBody, day(due)),
      ...(due < today ? [strings.TrainingModulesReinstateOverdue] : [])
    ],
    confirm: strings.TrainingModulesReinstate
  };
}

/**
 * Training leads manage the modules of the package: add, edit, publish a new policy version, retire and
 * reinstate. Whether a person may do any of it is SharePoint's decision (the list's permissions); a
 * refusal is shown as such, and nothing here pretends to be security.
 */
export function ModuleManager(props: IModuleManagerProps): React.ReactElement {
  const { today, locale, idPrefix } = props;
  const theme = useTheme();
  const list = useModuleList(props.site, props.store ?? sharePointModuleStore);
  const [editing, setEditing] = React.useState<Editing | undefined>(undefined);
  const [confirming, setConfirming] = React.useState<Confirming | undefined>(undefined);
  const [acting, setActing] = React.useState(false);
  const [actionProblem, setActionProblem] = React.useState<ActionProblem | undefined>(undefined);
  const [done, setDone] = React.useState<string | undefined>(undefined);

  const headingId = `${idPrefix}-modules`;
  const records = list.records ?? [];
  const classes = mergeStyleSets({
    scroller: { overflowX: 'auto', maxWidth: '100%', selectors: { ':focus-visible': { outline: `2px solid ${theme.semanticColors.focusBorder}` } } },
    // Wide enough that short words never break; narrower parts scroll this region sideways instead.
    table: { borderCollapse: 'collapse', width: '100%', minWidth: 960, color: theme.semanticColors.bodyText, fontSize: theme.fonts.medium.fontSize },
    cell: {
      textAlign: 'left',
      verticalAlign: 'top',
      padding: '8px 8px 8px 0',
      borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`,
      overflowWrap: 'break-word',
      fontWeight: 'normal'
    },
    head: { fontWeight: 600, color: theme.semanticColors.bodySubtext },
    rowHead: { fontWeight: 600 }
  });

  const changed = (message: string): void => {
    setDone(message);
    list.refresh();
    props.onChanged?.();
  };

  const save = async (draft: IModuleDraft, base: IModuleRecord | undefined): Promise<void> => {
    const store = await list.store();
    if (base) await store.update(base.id, base.etag, draft);
    else await store.create(draft, editing?.createId);
    setEditing(undefined);
    changed(formatText(base ? strings.TrainingModulesSaved : strings.TrainingModulesAdded, draft.title.trim()));
  };

  const reload = async (id: number): Promise<IModuleRecord> => (await list.store()).get(id);

  const act = async (c: Confirming): Promise<void> => {
    setActing(true);
    setActionProblem(undefined);
    try {
      const store = await list.store();
      const { id, etag, module } = c.record;
      if (c.kind === 'publish') {
        const published = await store.publishPolicyVersion(id, etag, today);
        setConfirming(undefined);
        changed(formatText(strings.TrainingModulesPublished, published.version, module.title, formatDay(dueBy(module, published.publishedOn), locale)));
      } else {
        await store.setActive(id, etag, c.kind === 'reinstate');
        setConfirming(undefined);
        changed(formatText(c.kind === 'retire' ? strings.TrainingModulesRetired : strings.TrainingModulesReinstated, module.title));
      }
    } catch (error) {
      const conflict = error instanceof ConflictError;
      setActionProblem({ conflict, message: conflict ? strings.TrainingModulesActionConflict : errorMessage(error) });
    } finally {
      setActing(false);
    }
  };

  const open = (kind: ActionKind, record: IModuleRecord): void => {
    setActionProblem(undefined);
    setConfirming({ kind, record });
  };

  const closeDialog = (): void => {
    if (acting) return;
    setConfirming(undefined);
    setActionProblem(undefined);
  };

  const confirm = confirming ? confirmText(confirming, today, locale) : undefined;

  return (
    <Stack tokens={{ childrenGap: 12 }} role="region" aria-labelledby={headingId}>
      <Text as="h3" id={headingId} variant="large" block styles={{ root: { margin: 0, fontWeight: 600 } }}>
        {strings.TrainingModulesTitle}
      </Text>
      <Text block>{strings.TrainingModulesIntro}</Text>
      <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 8 }}>
        <PrimaryButton iconProps={{ iconName: 'Add' }} text={strings.TrainingModulesAdd} onClick={() => setEditing({ record: undefined, createId: newCreateId() })} />
        <DefaultButton iconProps={{ iconName: 'Refresh' }} text={strings.TrainingModulesRefresh} disabled={list.loading} onClick={list.refresh} />
        {list.loading ? <Spinner size={SpinnerSize.small} label={strings.TrainingModulesLoading} ariaLive="polite" labelPosition="right" /> : null}
      </Stack>
      {done ? (
        <MessageBar messageBarType={MessageBarType.success} onDismiss={() => setDone(undefined)} dismissButtonAriaLabel={strings.TrainingModulesDismiss} isMultiline>
          {done}
        </MessageBar>
      ) : null}
      {list.error ? (
        <MessageBar messageBarType={MessageBarType.error} isMultiline>
          {list.error}
        </MessageBar>
      ) : null}
      {list.records && records.length === 0 ? <MessageBar messageBarType={MessageBarType.info}>{strings.TrainingModulesNone}</MessageBar> : null}
      {records.length > 0 ? (
        <div className={classes.scroller} role="region" aria-labelledby={`${headingId}-caption`} tabIndex={0}>
          <table className={classes.table}>
            <caption id={`${headingId}-caption`} style={{ textAlign: 'left', padding: '0 0 4px' }}>
              {formatText(strings.TrainingModulesCaption, records.length)}
            </caption>
            <thead>
              <tr>
                {[
                  strings.TrainingModulesColumnTitle,
                  strings.TrainingModulesColumnKey,
                  strings.TrainingModulesColumnMandatory,
                  strings.TrainingModulesColumnAudience,
                  strings.TrainingModulesColumnDue,
                  strings.TrainingModulesColumnPolicy,
                  strings.TrainingModulesColumnCheck,
                  strings.TrainingModulesColumnStatus,
                  strings.TrainingModulesColumnActions
                ].map((h) => (
                  <th key={h} scope="col" className={`${classes.cell} ${classes.head}`}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {records.map((r) => {
                const m = r.module;
                return (
                  <tr key={r.id} data-module={m.key} data-active={m.active}>
                    <th scope="row" className={`${classes.cell} ${classes.rowHead}`}>
                      {m.title}
                    </th>
                    <td className={classes.cell}>
                      <code>{m.key}</code>
                    </td>
                    <td className={classes.cell}>{m.mandatory ? strings.TrainingModulesYes : strings.TrainingModulesNo}</td>
                    <td className={classes.cell}>{audienceSummary(m)}</td>
                    <td className={classes.cell}>{dueSummary(m, locale)}</td>
                    <td className={classes.cell}>{policySummary(m, locale)}</td>
                    <td className={classes.cell}>{checkSummary(m)}</td>
                    <td className={classes.cell}>{m.active ? strings.TrainingModulesActive : strings.TrainingModulesRetiredStatus}</td>
                    <td className={classes.cell}>
                      <Stack horizontal wrap tokens={{ childrenGap: 4 }}>
                        <DefaultButton
                          text={strings.TrainingModulesEdit}
                          ariaLabel={formatText(strings.TrainingModulesEditOf, m.title)}
                          onClick={() => setEditing({ record: r, createId: '' })}
                        />
                        {m.active ? (
                          <DefaultButton
                            text={m.policy ? strings.TrainingModulesPublish : strings.TrainingModulesPublishFirst}
                            ariaLabel={formatText(m.policy ? strings.TrainingModulesPublishOf : strings.TrainingModulesPublishFirstOf, m.title)}
                            onClick={() => open('publish', r)}
                          />
                        ) : null}
                        <DefaultButton
                          text={m.active ? strings.TrainingModulesRetire : strings.TrainingModulesReinstate}
                          ariaLabel={formatText(m.active ? strings.TrainingModulesRetireOf : strings.TrainingModulesReinstateOf, m.title)}
                          onClick={() => open(m.active ? 'retire' : 'reinstate', r)}
                        />
                      </Stack>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}

      {editing ? (
        <React.Suspense fallback={<Spinner size={SpinnerSize.small} label={strings.TrainingModulesOpening} ariaLive="polite" labelPosition="right" />}>
          <ModuleEditorPanel
            record={editing.record}
            today={today}
            locale={locale}
            idPrefix={`${idPrefix}-editor`}
            existingKeys={records.filter((r) => r.id !== editing.record?.id).map((r) => r.module.key)}
            forceChoices={forceChoices(records)}
            onSave={save}
            onReload={reload}
            onDismiss={() => setEditing(undefined)}
          />
        </React.Suspense>
      ) : null}

      {confirming && confirm ? (
        <Dialog
          hidden={false}
          onDismiss={closeDialog}
          dialogContentProps={{ type: DialogType.normal, title: confirm.title }}
          modalProps={{ isBlocking: true }}
          minWidth={280}
          maxWidth={560}
        >
          <Stack tokens={{ childrenGap: 8 }}>
            {confirm.body.map((p) => (
              <Text key={p} block>
                {p}
              </Text>
            ))}
            {actionProblem ? (
              <MessageBar
                messageBarType={MessageBarType.error}
                isMultiline
                actions={
                  actionProblem.conflict ? (
                    <div>
                      <DefaultButton
                        text={strings.TrainingModulesReloadList}
                        onClick={() => {
                          setConfirming(undefined);
                          setActionProblem(undefined);
                          list.refresh();
                        }}
                      />
                    </div>
                  ) : undefined
                }
              >
                {actionProblem.message}
              </MessageBar>
            ) : null}
            {acting ? <Spinner size={SpinnerSize.small} label={strings.TrainingModulesWorking} ariaLive="polite" labelPosition="right" /> : null}
          </Stack>
          <DialogFooter>
            <PrimaryButton
              text={confirm.confirm}
              disabled={acting}
              onClick={() => {
                act(confirming).catch((error: unknown) => setActionProblem({ conflict: false, message: errorMessage(error) }));
              }}
            />
            <DefaultButton text={strings.TrainingCancel} disabled={acting} onClick={closeDialog} />
          </DialogFooter>
        </Dialog>
      ) : null}
    </Stack>
  );
}
