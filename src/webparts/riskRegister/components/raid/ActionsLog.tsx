import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'SuiteStrings';
import type { IRiskStore } from '../../../../data/RiskRepository';
import { isActionOverdue, overdueActions, type ActionStatus, type IRegisterData, type IRiskAction } from '../../../../domain/risks';
import { ACTION_STATUSES } from '../../../../lists/risks';
import { CsvActions } from '../../../../ui/export/CsvActions';
import { csvFileName } from '../../../../ui/export/csv';
import { formatDay, formatText } from '../../../../ui/format/text';
import { TableFrame, tableStyles } from '../../../../ui/table/TableFrame';
import { ActionForm } from './ActionForm';
import { ALL_ACTIONS, filterActions, ownersOf, riskReferences, type IActionFilter } from './raidModel';
import { DueCell, Heading, useFocusRequest } from './RaidParts';
import { actionStatusName, forceName } from './raidText';
import { SignInName } from '../../../../ui/format/SignInName';

export interface IActionsLogProps {
  idPrefix: string;
  data: IRegisterData;
  repo: IRiskStore;
  canAdd: boolean;
  canEdit: boolean;
  defaultOwner: string;
  today: string;
  locale: string;
  onWritten: () => Promise<void>;
}

type Mode = { kind: 'list' } | { kind: 'add' } | { kind: 'edit'; id: number };

/** The risks' mitigating actions: who does what by when, overdue ones flagged in words, add and edit. */
export function ActionsLog(props: IActionsLogProps): React.ReactElement {
  const { idPrefix, data, today, locale } = props;
  const theme = useTheme();
  const t = tableStyles(theme);
  const [mode, setMode] = React.useState<Mode>({ kind: 'list' });
  const [filter, setFilter] = React.useState<IActionFilter>(ALL_ACTIONS);
  const [notice, setNotice] = React.useState('');
  const focus = useFocusRequest();

  const shown = filterActions(data.actions, filter, today);
  const overdue = overdueActions(data.actions, today);
  const owners = ownersOf(data.actions);
  const addId = `${idPrefix}-add`;
  const editId = (id: number): string => `${idPrefix}-edit-${id}`;
  const refs = (ids: readonly number[]): string => riskReferences(ids, data.risks).join(', ');

  const saved = (action: IRiskAction, created: boolean): void => {
    setMode({ kind: 'list' });
    setNotice(formatText(created ? strings.RiskRaidActionAdded : strings.RiskRaidActionSaved, action.title));
    focus(created || !props.canEdit ? `${idPrefix}-notice` : editId(action.id));
    props.onWritten().catch(() => undefined);
  };

  if (mode.kind !== 'list') {
    const action = mode.kind === 'edit' ? data.actions.filter((a) => a.id === mode.id)[0] : undefined;
    return (
      <ActionForm
        idPrefix={`${idPrefix}-form`}
        repo={props.repo}
        action={action}
        risks={data.risks}
        defaultOwner={props.defaultOwner}
        today={today}
        locale={locale}
        onSaved={saved}
        onCancel={() => {
          setMode({ kind: 'list' });
          focus(mode.kind === 'edit' ? editId(mode.id) : addId);
        }}
      />
    );
  }

  const statusOptions: IDropdownOption[] = [
    { key: '', text: strings.RiskRaidAllStatuses },
    { key: 'active', text: strings.RiskRaidActionStatusActive },
    ...ACTION_STATUSES.map((x) => ({ key: x, text: actionStatusName(x) }))
  ];
  const ownerOptions: IDropdownOption[] = [{ key: '', text: strings.RiskRaidAllOwners }, ...owners.map((o) => ({ key: o, text: o }))];

  const headers = [
    strings.RiskRaidFieldAction,
    strings.RiskRaidFieldMitigates,
    strings.RiskRaidFieldOwner,
    strings.RiskRaidFieldForce,
    strings.RiskRaidFieldDue,
    strings.RiskRaidColumnOverdue,
    strings.RiskRaidFieldStatus,
    strings.RiskRaidFieldCompletedOn,
    strings.RiskRaidFieldNotes
  ];
  const csvRows = (): Array<Array<string | null>> =>
    shown.map((a) => [
      a.title,
      refs(a.riskIds),
      a.ownerUpn,
      a.force === null ? null : forceName(a.force),
      a.dueDate,
      isActionOverdue(a, today) ? strings.RiskRaidYes : strings.RiskRaidNo,
      actionStatusName(a.status),
      a.completedOn,
      a.notes
    ]);

  return (
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { minWidth: 0 } }}>
      <Heading as="h3">{strings.RiskRaidActionsHeading}</Heading>
      <Text block>{strings.RiskRaidActionsIntro}</Text>
      {overdue.length > 0 ? (
        <MessageBar
          messageBarType={MessageBarType.warning}
          isMultiline
          actions={
            !filter.overdueOnly ? (
              <div>
                <DefaultButton text={strings.RiskRaidShowOverdue} onClick={() => setFilter({ ...ALL_ACTIONS, overdueOnly: true })} />
              </div>
            ) : undefined
          }
        >
          {formatText(overdue.length === 1 ? strings.RiskRaidActionsOverdueOne : strings.RiskRaidActionsOverdueMany, overdue.length)}
        </MessageBar>
      ) : null}
      <div id={`${idPrefix}-notice`} tabIndex={-1} role="status" aria-live="polite" style={{ outline: 'none' }}>
        {notice !== '' ? <MessageBar messageBarType={MessageBarType.success}>{notice}</MessageBar> : null}
      </div>
      {props.canAdd ? (
        <div>
          <PrimaryButton
            id={addId}
            iconProps={{ iconName: 'Add' }}
            text={strings.RiskRaidActionAdd}
            onClick={() => {
              setNotice('');
              setMode({ kind: 'add' });
              focus(`${idPrefix}-form-heading`);
            }}
          />
        </div>
      ) : null}

      <Stack horizontal wrap tokens={{ childrenGap: 12 }} verticalAlign="end" role="group" aria-label={strings.RiskRaidFilters}>
        <Dropdown label={strings.RiskRaidFieldStatus} options={statusOptions} selectedKey={filter.status} onChange={(_e, o) => o !== undefined && setFilter({ ...filter, status: o.key as ActionStatus | 'active' | '' })} styles={{ root: { width: 200, maxWidth: '100%' } }} />
        <Dropdown label={strings.RiskRaidFieldOwner} options={ownerOptions} selectedKey={filter.owner} onChange={(_e, o) => o !== undefined && setFilter({ ...filter, owner: String(o.key) })} styles={{ root: { width: 260, maxWidth: '100%' } }} />
        <Checkbox label={strings.RiskRaidOnlyOverdue} checked={filter.overdueOnly} onChange={(_e, v) => setFilter({ ...filter, overdueOnly: v === true })} styles={{ root: { paddingBottom: 6 } }} />
      </Stack>
      <Text block role="status" aria-live="polite">
        {formatText(strings.RiskRaidActionsShowing, shown.length, data.actions.length, shown.filter((a) => isActionOverdue(a, today)).length)}
      </Text>
      <CsvActions label={strings.RiskRaidActionsHeading} fileName={csvFileName('risk-actions', today)} headers={headers} rows={csvRows} />

      {shown.length === 0 ? (
        <Text block>{data.actions.length === 0 ? strings.RiskRaidActionsEmpty : strings.RiskRaidNoneMatch}</Text>
      ) : (
        <TableFrame caption={strings.RiskRaidActionsCaption}>
          <thead>
            <tr>
              <th scope="col" style={t.head}>{strings.RiskRaidFieldAction}</th>
              <th scope="col" style={t.head}>{strings.RiskRaidFieldMitigates}</th>
              <th scope="col" style={t.head}>{strings.RiskRaidFieldOwner}</th>
              <th scope="col" style={t.head}>{strings.RiskRaidFieldDue}</th>
              <th scope="col" style={t.head}>{strings.RiskRaidFieldStatus}</th>
              {props.canEdit ? (
                <th scope="col" style={t.head}>
                  {strings.RiskRaidColumnEdit}
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {shown.map((a) => (
              <tr key={a.id}>
                <th scope="row" style={{ ...t.rowHead, minWidth: 160 }}>
                  {a.title}
                  {a.notes !== '' ? (
                    <Text block variant="small">
                      {a.notes}
                    </Text>
                  ) : null}
                </th>
                <td style={t.cell}>{refs(a.riskIds)}</td>
                <td style={{ ...t.cell, overflowWrap: 'break-word' }}>
                  <SignInName upn={a.ownerUpn} />
                  {a.force !== null ? (
                    <Text block variant="small">
                      {forceName(a.force)}
                    </Text>
                  ) : null}
                </td>
                <td style={t.cell}>
                  <DueCell due={a.dueDate} overdue={isActionOverdue(a, today)} today={today} locale={locale} />
                </td>
                <td style={t.cell}>
                  {actionStatusName(a.status)}
                  {a.status === 'done' && a.completedOn !== null ? (
                    <Text block variant="small">
                      {formatText(strings.RiskRaidCompletedOnText, formatDay(a.completedOn, locale))}
                    </Text>
                  ) : null}
                </td>
                {props.canEdit ? (
                  <td style={t.cell}>
                    <DefaultButton
                      id={editId(a.id)}
                      text={strings.RiskRaidEdit}
                      ariaLabel={formatText(strings.RiskRaidEditOf, a.title)}
                      onClick={() => {
                        setNotice('');
                        setMode({ kind: 'edit', id: a.id });
                        focus(`${idPrefix}-form-heading`);
                      }}
                      styles={{ root: { minWidth: 0 } }}
                    />
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </TableFrame>
      )}
    </Stack>
  );
}
