import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { ChoiceGroup, type IChoiceGroupOption } from '@fluentui/react/lib/ChoiceGroup';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'SuiteStrings';
import type { IRiskStore, IStarterOutcome } from '../../../../data/RiskRepository';
import { isUpn, scoreValue, starterReference, STARTER_RISKS, type IRisk } from '../../../../domain/risks';
import { KNOWN_FORCES } from '../../../../lists/people';
import { formatText } from '../../../../ui/format/text';
import { TableFrame, tableStyles } from '../../../../ui/table/TableFrame';
import { BandText, Heading, useFocusRequest, useMounted } from './RaidParts';
import { categoryName, forceName, writeFailure } from './raidText';

export interface IStarterViewProps {
  idPrefix: string;
  risks: readonly IRisk[];
  repo: IRiskStore;
  canAdd: boolean;
  defaultOwner: string;
  onWritten: () => Promise<void>;
}

type Status = { kind: 'idle' } | { kind: 'invalid' } | { kind: 'importing' } | { kind: 'failed'; message: string } | { kind: 'done'; outcomes: IStarterOutcome[] };

/**
 * The starter risks an owner can import: each previewed with the reference it would get for the chosen
 * force and whether the register holds that reference already; imported as proposed risks for the
 * board to accept. Importing again changes nothing (the repository's client ids derive from references).
 */
export function StarterView(props: IStarterViewProps): React.ReactElement {
  const { idPrefix } = props;
  const theme = useTheme();
  const t = tableStyles(theme);
  const [force, setForce] = React.useState<string>('Joint');
  const [owner, setOwner] = React.useState(props.defaultOwner);
  const [chosen, setChosen] = React.useState<string[]>(() => STARTER_RISKS.map((r) => r.code));
  const [withActions, setWithActions] = React.useState(true);
  const [withAppetite, setWithAppetite] = React.useState(false);
  const [status, setStatus] = React.useState<Status>({ kind: 'idle' });
  const focus = useFocusRequest();
  const mounted = useMounted();

  const busy = status.kind === 'importing';
  const statusId = `${idPrefix}-status`;
  const ownerId = `${idPrefix}-owner`;
  const held = (reference: string): IRisk | undefined => props.risks.filter((r) => r.reference.trim().toLowerCase() === reference.toLowerCase())[0];
  const ownerProblem = status.kind === 'invalid' && !isUpn(owner) ? (owner.trim() === '' ? strings.RiskRaidProblemOwnerRequired : strings.RiskRaidProblemNotASignInName) : undefined;
  const noneChosen = status.kind === 'invalid' && chosen.length === 0;

  const toggle = (code: string, on: boolean): void => setChosen((c) => (on ? [...c.filter((x) => x !== code), code] : c.filter((x) => x !== code)));

  const run = async (): Promise<void> => {
    if (!isUpn(owner) || chosen.length === 0) {
      setStatus({ kind: 'invalid' });
      focus(!isUpn(owner) ? ownerId : `${idPrefix}-choose`);
      return;
    }
    setStatus({ kind: 'importing' });
    try {
      const outcomes = await props.repo.importStarter({ force, ownerUpn: owner.trim().toLowerCase(), codes: STARTER_RISKS.map((r) => r.code).filter((c) => chosen.indexOf(c) >= 0), withActions, withAppetite });
      if (!mounted.current) return;
      setStatus({ kind: 'done', outcomes });
      focus(statusId);
      if (outcomes.some((o) => o.outcome === 'created') || withAppetite) await props.onWritten();
    } catch (error) {
      if (!mounted.current) return;
      setStatus({ kind: 'failed', message: writeFailure(error) });
      focus(statusId);
    }
  };

  const forceOptions: IChoiceGroupOption[] = [...KNOWN_FORCES].reverse().map((f) => ({ key: f, text: forceName(f) }));
  const outcomeText = (o: IStarterOutcome): string =>
    o.outcome === 'created' ? strings.RiskRaidStarterCreated : o.outcome === 'exists' ? strings.RiskRaidStarterExists : formatText(strings.RiskRaidStarterFailed, o.error !== undefined ? writeFailure(o.error) : '');

  return (
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { minWidth: 0 } }}>
      <Heading as="h3">{strings.RiskRaidStarterHeading}</Heading>
      <Text block>{strings.RiskRaidStarterIntro}</Text>
      {!props.canAdd ? <MessageBar messageBarType={MessageBarType.info}>{strings.RiskRaidStarterReadOnly}</MessageBar> : null}

      {props.canAdd ? (
        <Stack tokens={{ childrenGap: 12 }} styles={{ root: { maxWidth: 560 } }}>
          <ChoiceGroup
            label={strings.RiskRaidStarterForce}
            options={forceOptions}
            selectedKey={force}
            onChange={(_e, o) => o !== undefined && setForce(String(o.key))}
            disabled={busy}
            styles={{ flexContainer: { display: 'flex', flexWrap: 'wrap', columnGap: '16px' } }}
          />
          <TextField
            id={ownerId}
            label={strings.RiskRaidStarterOwner}
            description={strings.RiskRaidStarterOwnerHelp}
            required
            value={owner}
            onChange={(_e, v) => setOwner(v ?? '')}
            errorMessage={ownerProblem}
            disabled={busy}
            autoComplete="off"
          />
          <Checkbox label={strings.RiskRaidStarterWithActions} checked={withActions} onChange={(_e, v) => setWithActions(v === true)} disabled={busy} />
          <Checkbox label={strings.RiskRaidStarterWithAppetite} checked={withAppetite} onChange={(_e, v) => setWithAppetite(v === true)} disabled={busy} />
        </Stack>
      ) : null}

      <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 8 }}>
        <span id={`${idPrefix}-choose`} tabIndex={-1} role="status" aria-live="polite" style={{ outline: 'none' }}>
          {formatText(strings.RiskRaidStarterChosen, chosen.length, STARTER_RISKS.length)}
        </span>
        {props.canAdd ? (
          <>
            <DefaultButton text={strings.RiskRaidStarterAll} onClick={() => setChosen(STARTER_RISKS.map((r) => r.code))} disabled={busy} />
            <DefaultButton text={strings.RiskRaidStarterNone} onClick={() => setChosen([])} disabled={busy} />
          </>
        ) : null}
      </Stack>
      {noneChosen ? <MessageBar messageBarType={MessageBarType.error}>{strings.RiskRaidStarterNoneChosen}</MessageBar> : null}

      <TableFrame caption={formatText(strings.RiskRaidStarterCaption, forceName(force))}>
        <thead>
          <tr>
            {props.canAdd ? (
              <th scope="col" style={t.head}>
                {strings.RiskRaidStarterInclude}
              </th>
            ) : null}
            <th scope="col" style={t.head}>
              {strings.RiskRaidFieldReference}
            </th>
            <th scope="col" style={t.head}>
              {strings.RiskRaidFieldTitle}
            </th>
            <th scope="col" style={t.head}>
              {strings.RiskRaidFieldTopic}
            </th>
            <th scope="col" style={t.head}>
              {strings.RiskRaidStarterSuggested}
            </th>
            <th scope="col" style={t.head}>
              {strings.RiskRaidStarterOnRegister}
            </th>
          </tr>
        </thead>
        <tbody>
          {STARTER_RISKS.map((r) => {
            const reference = starterReference(r.code, force);
            const existing = held(reference);
            return (
              <tr key={r.code}>
                {props.canAdd ? (
                  <td style={t.cell}>
                    <Checkbox ariaLabel={formatText(strings.RiskRaidStarterIncludeOf, reference, r.title)} checked={chosen.indexOf(r.code) >= 0} onChange={(_e, v) => toggle(r.code, v === true)} disabled={busy} />
                  </td>
                ) : null}
                <th scope="row" style={{ ...t.rowHead, whiteSpace: 'nowrap' }}>
                  {reference}
                </th>
                <td style={{ ...t.cell, minWidth: 200, overflowWrap: 'anywhere' }}>
                  {r.title}
                  <Text block variant="small">
                    {r.event}
                  </Text>
                </td>
                <td style={t.cell}>{categoryName(r.category)}</td>
                <td style={t.cell}>
                  <BandText score={scoreValue(r.current)} />
                </td>
                <td style={t.cell}>{existing === undefined ? strings.RiskRaidStarterNotHeld : strings.RiskRaidStarterHeld}</td>
              </tr>
            );
          })}
        </tbody>
      </TableFrame>

      <div id={statusId} tabIndex={-1} style={{ outline: 'none' }}>
        {status.kind === 'failed' ? (
          <MessageBar messageBarType={MessageBarType.error} isMultiline>
            {formatText(strings.RiskRaidStarterImportFailed, status.message)}
          </MessageBar>
        ) : null}
        {status.kind === 'done' ? (
          <Stack tokens={{ childrenGap: 8 }}>
            <MessageBar messageBarType={MessageBarType.success} isMultiline>
              {formatText(strings.RiskRaidStarterDone, status.outcomes.filter((o) => o.outcome === 'created').length, status.outcomes.filter((o) => o.outcome === 'exists').length, status.outcomes.filter((o) => o.outcome === 'failed').length)}
            </MessageBar>
            <TableFrame caption={strings.RiskRaidStarterResultCaption}>
              <thead>
                <tr>
                  <th scope="col" style={t.head}>
                    {strings.RiskRaidFieldReference}
                  </th>
                  <th scope="col" style={t.head}>
                    {strings.RiskRaidStarterResult}
                  </th>
                </tr>
              </thead>
              <tbody>
                {status.outcomes.map((o) => (
                  <tr key={o.code}>
                    <th scope="row" style={t.rowHead}>
                      {o.reference}
                    </th>
                    <td style={t.cell}>{outcomeText(o)}</td>
                  </tr>
                ))}
              </tbody>
            </TableFrame>
          </Stack>
        ) : null}
      </div>

      {props.canAdd ? (
        <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 8 }}>
          <PrimaryButton text={busy ? strings.RiskRaidStarterImporting : formatText(strings.RiskRaidStarterImport, chosen.length)} disabled={busy} onClick={() => run().catch(() => undefined)} />
          {busy ? <Spinner size={SpinnerSize.small} label={strings.RiskRaidStarterImporting} labelPosition="right" ariaLive="polite" /> : null}
        </Stack>
      ) : null}
    </Stack>
  );
}
