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
import { isRaidOverdue, overdueRaid, type IRaidItem, type IRegisterData, type RaidStatus, type RaidType } from '../../../../domain/risks';
import { RAID_STATUSES, RAID_TYPES } from '../../../../lists/risks';
import { CsvActions } from '../../../../ui/export/CsvActions';
import { csvFileName } from '../../../../ui/export/csv';
import { formatDay, formatText } from '../../../../ui/format/text';
import { TableFrame, tableStyles } from '../../../../ui/table/TableFrame';
import { ALL_RAID, filterRaid, ownersOf, riskReferences, type IRaidFilter } from './raidModel';
import { DueCell, Heading, useFocusRequest } from './RaidParts';
import { RaidItemForm } from './RaidItemForm';
import { categoryName, forceName, priorityName, raidStatusName, raidTypeName } from './raidText';
import { SignInName } from '../../../../ui/format/SignInName';

export interface IRaidLogProps {
  idPrefix: string;
  data: IRegisterData;
  repo: IRiskStore;
  canAdd: boolean;
  canEdit: boolean;
  defaultOwner: string;
  today: string;
  locale: string;
  /** After a write: reload the register (and tell the shell). */
  onWritten: () => Promise<void>;
}

type Mode = { kind: 'list' } | { kind: 'add' } | { kind: 'edit'; id: number };

/** The board's RAID log: filters, overdue items flagged in words, add and edit, CSV of what is shown. */
export function RaidLog(props: IRaidLogProps): React.ReactElement {
  const { idPrefix, data, today, locale } = props;
  const theme = useTheme();
  const t = tableStyles(theme);
  const [mode, setMode] = React.useState<Mode>({ kind: 'list' });
  const [filter, setFilter] = React.useState<IRaidFilter>(ALL_RAID);
  const [notice, setNotice] = React.useState('');
  const focus = useFocusRequest();

  const shown = filterRaid(data.raid, filter, today);
  const overdue = overdueRaid(data.raid, today);
  const owners = ownersOf(data.raid);
  const addId = `${idPrefix}-add`;
  const editId = (id: number): string => `${idPrefix}-edit-${id}`;
  const refs = (ids: readonly number[]): string => riskReferences(ids, data.risks).join(', ');

  const saved = (item: IRaidItem, created: boolean): void => {
    setMode({ kind: 'list' });
    setNotice(formatText(created ? strings.RiskRaidAdded : strings.RiskRaidSaved, item.reference));
    focus(created || !props.canEdit ? `${idPrefix}-notice` : editId(item.id));
    props.onWritten().catch(() => undefined);
  };

  if (mode.kind !== 'list') {
    const item = mode.kind === 'edit' ? data.raid.filter((i) => i.id === mode.id)[0] : undefined;
    return (
      <RaidItemForm
        idPrefix={`${idPrefix}-form`}
        repo={props.repo}
        item={item}
        items={data.raid}
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

  const typeOptions: IDropdownOption[] = [{ key: '', text: strings.RiskRaidAllTypes }, ...RAID_TYPES.map((x) => ({ key: x, text: raidTypeName(x) }))];
  const statusOptions: IDropdownOption[] = [
    { key: '', text: strings.RiskRaidAllStatuses },
    { key: 'active', text: strings.RiskRaidStatusActive },
    ...RAID_STATUSES.map((x) => ({ key: x, text: raidStatusName(x) }))
  ];
  const ownerOptions: IDropdownOption[] = [{ key: '', text: strings.RiskRaidAllOwners }, ...owners.map((o) => ({ key: o, text: o }))];

  const headers = [
    strings.RiskRaidFieldReference,
    strings.RiskRaidFieldType,
    strings.RiskRaidFieldTitle,
    strings.RiskRaidFieldDescription,
    strings.RiskRaidFieldTopic,
    strings.RiskRaidFieldForce,
    strings.RiskRaidFieldOwner,
    strings.RiskRaidFieldRaisedOn,
    strings.RiskRaidFieldDue,
    strings.RiskRaidColumnOverdue,
    strings.RiskRaidFieldStatus,
    strings.RiskRaidFieldClosedOn,
    strings.RiskRaidFieldPriority,
    strings.RiskRaidFieldRisks,
    strings.RiskRaidFieldMeetingDate,
    strings.RiskRaidFieldResolution
  ];
  const csvRows = (): Array<Array<string | null>> =>
    shown.map((i) => [
      i.reference,
      raidTypeName(i.type),
      i.title,
      i.description,
      categoryName(i.category),
      forceName(i.force),
      i.ownerUpn,
      i.raisedOn,
      i.dueDate,
      isRaidOverdue(i, today) ? strings.RiskRaidYes : strings.RiskRaidNo,
      raidStatusName(i.status),
      i.closedOn,
      i.priority === null ? null : priorityName(i.priority),
      refs(i.riskIds),
      i.meetingDate,
      i.resolution
    ]);

  return (
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { minWidth: 0 } }}>
      <Heading as="h3">{strings.RiskRaidLogHeading}</Heading>
      <Text block>{strings.RiskRaidLogIntro}</Text>
      {overdue.length > 0 ? (
        <MessageBar
          messageBarType={MessageBarType.warning}
          isMultiline
          actions={
            !filter.overdueOnly ? (
              <div>
                <DefaultButton text={strings.RiskRaidShowOverdue} onClick={() => setFilter({ ...ALL_RAID, overdueOnly: true })} />
              </div>
            ) : undefined
          }
        >
          {formatText(overdue.length === 1 ? strings.RiskRaidOverdueBannerOne : strings.RiskRaidOverdueBannerMany, overdue.length)}
        </MessageBar>
      ) : null}
      <div id={`${idPrefix}-notice`} tabIndex={-1} role="status" aria-live="polite" style={{ outline: 'none' }}>
        {notice !== '' ? <MessageBar messageBarType={MessageBarType.success}>{notice}</MessageBar> : null}
      </div>
      {props.canAdd ? (
        <div>
          <PrimaryButton id={addId} iconProps={{ iconName: 'Add' }} text={strings.RiskRaidAdd} onClick={() => { setNotice(''); setMode({ kind: 'add' }); focus(`${idPrefix}-form-heading`); }} />
        </div>
      ) : null}

      <Stack horizontal wrap tokens={{ childrenGap: 12 }} verticalAlign="end" role="group" aria-label={strings.RiskRaidFilters}>
        <Dropdown label={strings.RiskRaidFieldType} options={typeOptions} selectedKey={filter.type} onChange={(_e, o) => o !== undefined && setFilter({ ...filter, type: o.key as RaidType | '' })} styles={{ root: { width: 200, maxWidth: '100%' } }} />
        <Dropdown label={strings.RiskRaidFieldStatus} options={statusOptions} selectedKey={filter.status} onChange={(_e, o) => o !== undefined && setFilter({ ...filter, status: o.key as RaidStatus | 'active' | '' })} styles={{ root: { width: 200, maxWidth: '100%' } }} />
        <Dropdown label={strings.RiskRaidFieldOwner} options={ownerOptions} selectedKey={filter.owner} onChange={(_e, o) => o !== undefined && setFilter({ ...filter, owner: String(o.key) })} styles={{ root: { width: 260, maxWidth: '100%' } }} />
        <Checkbox label={strings.RiskRaidOnlyOverdue} checked={filter.overdueOnly} onChange={(_e, v) => setFilter({ ...filter, overdueOnly: v === true })} styles={{ root: { paddingBottom: 6 } }} />
      </Stack>
      <Text block role="status" aria-live="polite">
        {formatText(strings.RiskRaidShowing, shown.length, data.raid.length, shown.filter((i) => isRaidOverdue(i, today)).length)}
      </Text>
      <CsvActions label={strings.RiskRaidLogHeading} fileName={csvFileName('raid-log', today)} headers={headers} rows={csvRows} />

      {shown.length === 0 ? (
        <Text block>{data.raid.length === 0 ? strings.RiskRaidLogEmpty : strings.RiskRaidNoneMatch}</Text>
      ) : (
        <TableFrame caption={strings.RiskRaidLogCaption}>
          <thead>
            <tr>
              <th scope="col" style={t.head}>{strings.RiskRaidFieldReference}</th>
              <th scope="col" style={t.head}>{strings.RiskRaidFieldType}</th>
              <th scope="col" style={t.head}>{strings.RiskRaidFieldTitle}</th>
              <th scope="col" style={t.head}>{strings.RiskRaidFieldOwner}</th>
              <th scope="col" style={t.head}>{strings.RiskRaidFieldDue}</th>
              <th scope="col" style={t.head}>{strings.RiskRaidFieldStatus}</th>
              <th scope="col" style={t.head}>{strings.RiskRaidFieldPriority}</th>
              <th scope="col" style={t.head}>{strings.RiskRaidFieldRisks}</th>
              <th scope="col" style={t.head}>{strings.RiskRaidFieldTopic}</th>
              {props.canEdit ? (
                <th scope="col" style={t.head}>
                  {strings.RiskRaidColumnEdit}
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {shown.map((i) => (
              <tr key={i.id}>
                <th scope="row" style={{ ...t.rowHead, whiteSpace: 'nowrap' }}>
                  {i.reference}
                </th>
                <td style={t.cell}>{raidTypeName(i.type)}</td>
                <td style={{ ...t.cell, overflowWrap: 'anywhere', minWidth: 160 }}>
                  {i.title}
                  {i.description !== '' ? (
                    <Text block variant="small">
                      {i.description}
                    </Text>
                  ) : null}
                </td>
                <td style={{ ...t.cell, overflowWrap: 'break-word' }}>
                  <SignInName upn={i.ownerUpn} />
                  <Text block variant="small">
                    {forceName(i.force)}
                  </Text>
                </td>
                <td style={t.cell}>
                  <DueCell due={i.dueDate} overdue={isRaidOverdue(i, today)} today={today} locale={locale} />
                </td>
                <td style={t.cell}>
                  {raidStatusName(i.status)}
                  {i.status === 'closed' && i.closedOn !== null ? (
                    <Text block variant="small">
                      {formatText(strings.RiskRaidClosedOnText, formatDay(i.closedOn, locale))}
                    </Text>
                  ) : null}
                </td>
                <td style={t.cell}>{i.priority === null ? strings.RiskRaidNoPriority : priorityName(i.priority)}</td>
                <td style={t.cell}>{i.riskIds.length === 0 ? strings.RiskRaidNone : refs(i.riskIds)}</td>
                <td style={t.cell}>{categoryName(i.category)}</td>
                {props.canEdit ? (
                  <td style={t.cell}>
                    <DefaultButton
                      id={editId(i.id)}
                      text={strings.RiskRaidEdit}
                      ariaLabel={formatText(strings.RiskRaidEditOf, i.reference)}
                      onClick={() => {
                        setNotice('');
                        setMode({ kind: 'edit', id: i.id });
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
