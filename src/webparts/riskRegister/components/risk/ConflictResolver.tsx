import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'SuiteStrings';
import type { ConflictChoice, IPersonRef } from '../../../../domain/risks';
import { formatText } from '../../../../ui/format/text';
import type { IChangeRow, IConflictRow } from './conflictModel';
import { formatInstant, personName } from './riskText';

export interface IConflictResolverProps {
  idPrefix: string;
  /** What was being saved: "this risk", "Essex's scores"… */
  subject: string;
  who: IPersonRef | null;
  at: string;
  locale: string;
  /** What the other person changed since it was read (conflicting rows flagged). */
  theirs: readonly IChangeRow[];
  /** The columns both changed differently: one choice each. */
  conflicts: readonly IConflictRow[];
  /** My changes that do not collide (kept whatever is chosen). */
  mineKept: readonly IChangeRow[];
  busy: boolean;
  /** Save again against the stored version, each conflicting column from the side chosen. */
  onSave: (choices: Record<string, ConflictChoice>) => void;
  /** Put the merge (theirs plus my other changes) into the form, to check before saving. */
  onTakeMerged?: () => void;
  /** The heading level of its own headings (inside a panel, 3; inside a panel's section, 4). */
  headingAs?: 'h3' | 'h4';
}

/**
 * Someone saved while this person was editing. Says who and when, lists what they changed (flagging what
 * both changed), keeps what this person typed, and lets them choose per column — or take the merged
 * version into the form — before saving again against the stored version. Nothing is written until they do.
 */
export function ConflictResolver(props: IConflictResolverProps): React.ReactElement {
  const { idPrefix, conflicts } = props;
  const theme = useTheme();
  const [choices, setChoices] = React.useState<Record<string, ConflictChoice>>({});
  const [missing, setMissing] = React.useState<string[]>([]);
  const heading = props.headingAs ?? 'h3';
  const headingStyles = { root: { margin: '8px 0 4px', fontWeight: 600 as const } };

  const save = (): void => {
    const unchosen = conflicts.filter((c) => choices[c.key] === undefined).map((c) => c.key);
    setMissing(unchosen);
    if (unchosen.length > 0) {
      document.getElementById(`${idPrefix}-choice-${unchosen[0]}`)?.querySelector<HTMLInputElement>('input')?.focus();
      return;
    }
    props.onSave(choices);
  };

  return (
    <section id={idPrefix} tabIndex={-1} aria-labelledby={`${idPrefix}-heading`} style={{ outline: 'none', border: `2px solid ${theme.semanticColors.severeWarningIcon}`, padding: 12 }} data-conflict>
      <Stack tokens={{ childrenGap: 8 }}>
        <Text as={heading} id={`${idPrefix}-heading`} variant="large" block styles={{ root: { margin: 0, fontWeight: 600 } }}>
          {strings.RiskConflictHeading}
        </Text>
        <MessageBar messageBarType={MessageBarType.severeWarning} isMultiline>
          {formatText(strings.RiskConflictWho, personName(props.who), props.subject, formatInstant(props.at, props.locale))}
        </MessageBar>

        <Text as={heading === 'h3' ? 'h4' : 'h5'} block styles={headingStyles}>
          {strings.RiskConflictTheirChanges}
        </Text>
        {props.theirs.length > 0 ? (
          <ul style={{ margin: 0, paddingLeft: 20 }} aria-label={strings.RiskConflictTheirChanges}>
            {props.theirs.map((r) => (
              <li key={r.key} style={{ overflowWrap: 'anywhere' }} data-their-change={r.key}>
                {formatText(strings.RiskChangeFromTo, r.label, r.from, r.to)}
                {r.conflict ? <strong>{` ${strings.RiskConflictBoth}`}</strong> : null}
              </li>
            ))}
          </ul>
        ) : (
          <Text block>{strings.RiskConflictNoColumns}</Text>
        )}

        {conflicts.length > 0 ? (
          <>
            <Text as={heading === 'h3' ? 'h4' : 'h5'} block styles={headingStyles}>
              {strings.RiskConflictChoose}
            </Text>
            {conflicts.map((c) => (
              <ChoiceGroup
                key={c.key}
                id={`${idPrefix}-choice-${c.key}`}
                label={formatText(strings.RiskConflictChoiceLabel, c.label)}
                required
                selectedKey={choices[c.key] ?? null}
                options={[
                  { key: 'theirs', text: formatText(strings.RiskConflictTheirs, personName(props.who), c.theirs) },
                  { key: 'mine', text: formatText(strings.RiskConflictMine, c.mine) }
                ]}
                onChange={(_e, o) => {
                  if (o === undefined) return;
                  setChoices({ ...choices, [c.key]: o.key as ConflictChoice });
                  setMissing(missing.filter((k) => k !== c.key));
                }}
                disabled={props.busy}
                aria-describedby={missing.indexOf(c.key) >= 0 ? `${idPrefix}-missing-${c.key}` : undefined}
                styles={{ root: { overflowWrap: 'anywhere' } }}
              />
            ))}
            {missing.length > 0 ? (
              <div role="alert">
                {missing.map((k) => (
                  <Text key={k} id={`${idPrefix}-missing-${k}`} block styles={{ root: { color: theme.semanticColors.errorText } }}>
                    {formatText(strings.RiskConflictChooseMissing, conflicts.filter((c) => c.key === k)[0]?.label ?? k)}
                  </Text>
                ))}
              </div>
            ) : null}
          </>
        ) : null}

        {props.mineKept.length > 0 ? (
          <>
            <Text as={heading === 'h3' ? 'h4' : 'h5'} block styles={headingStyles}>
              {strings.RiskConflictMineKept}
            </Text>
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {props.mineKept.map((r) => (
                <li key={r.key} style={{ overflowWrap: 'anywhere' }}>
                  {formatText(strings.RiskChangeFromTo, r.label, r.from, r.to)}
                </li>
              ))}
            </ul>
          </>
        ) : null}

        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          <PrimaryButton text={conflicts.length > 0 ? strings.RiskConflictSaveChoices : strings.RiskConflictSaveBoth} disabled={props.busy} onClick={save} />
          {props.onTakeMerged !== undefined ? <DefaultButton text={strings.RiskConflictTakeMerged} disabled={props.busy} onClick={props.onTakeMerged} /> : null}
        </Stack>
      </Stack>
    </section>
  );
}
