import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import * as strings from 'SuiteStrings';
import { SurveysList } from '../../../../lists/survey';
import type { ISurveyDraft } from './builderDraft';
import { ErrorText, FieldGroup } from './BuilderParts';
import { builderFieldId } from './builderText';

/** Forces offered as tick boxes (the Forces column's choices); others can be typed. */
export const FORCE_CHOICES: readonly string[] = SurveysList.fields.forces.choices;

export interface IDetailsFieldsProps {
  idPrefix: string;
  draft: ISurveyDraft;
  creating: boolean;
  disabled: boolean;
  messageAt: (path: string) => string | undefined;
  onChange: (change: Partial<ISurveyDraft>) => void;
}

/** Title, code (fixed once the survey exists: responses refer to it) and description. */
export function DetailsFields(props: IDetailsFieldsProps): React.ReactElement {
  const { draft, idPrefix, disabled } = props;
  return (
    <Stack tokens={{ childrenGap: 10 }}>
      <TextField
        id={builderFieldId(idPrefix, 'title')}
        label={strings.SurveyBuilderFieldTitle}
        required
        disabled={disabled}
        value={draft.title}
        errorMessage={props.messageAt('title')}
        onChange={(_e, v) => props.onChange({ title: v ?? '' })}
      />
      <TextField
        id={builderFieldId(idPrefix, 'key')}
        label={strings.SurveyBuilderFieldKey}
        required={props.creating}
        readOnly={!props.creating}
        disabled={disabled}
        description={props.creating ? strings.SurveyBuilderKeyHelp : strings.SurveyBuilderKeyFixed}
        value={draft.key}
        errorMessage={props.messageAt('key')}
        autoComplete="off"
        spellCheck={false}
        styles={{ fieldGroup: { maxWidth: '24em' } }}
        onChange={(_e, v) => props.onChange({ key: v ?? '' })}
      />
      <TextField
        id={builderFieldId(idPrefix, 'description')}
        label={strings.SurveyBuilderFieldDescription}
        description={strings.SurveyBuilderDescriptionHelp}
        multiline
        autoAdjustHeight
        rows={3}
        disabled={disabled}
        value={draft.description}
        errorMessage={props.messageAt('description')}
        onChange={(_e, v) => props.onChange({ description: v ?? '' })}
      />
    </Stack>
  );
}

/** Who is offered the survey (forces; none ticked: all) and the smallest group any result reports. */
export function AudienceFields(props: IDetailsFieldsProps): React.ReactElement {
  const { draft, idPrefix, disabled } = props;
  const [newForce, setNewForce] = React.useState('');
  /** Forces typed in this session stay offered after being unticked, so a slip is undone with one tick. */
  const [typed, setTyped] = React.useState<string[]>([]);
  const choices = [...FORCE_CHOICES];
  [...draft.forces, ...typed].forEach((f) => {
    if (f.trim() !== '' && !choices.some((c) => c.toLowerCase() === f.trim().toLowerCase())) choices.push(f.trim());
  });
  const has = (force: string): boolean => draft.forces.some((f) => f.trim().toLowerCase() === force.toLowerCase());
  const forcesId = builderFieldId(idPrefix, 'forces');
  const forcesMessage = props.messageAt('forces');
  const add = (): void => {
    const name = newForce.trim();
    if (name === '') return;
    if (!has(name)) props.onChange({ forces: [...draft.forces, name] });
    setTyped((t) => [...t, name]);
    setNewForce('');
  };
  return (
    <Stack tokens={{ childrenGap: 10 }}>
      <FieldGroup id={forcesId} legend={strings.SurveyBuilderFieldForces} describedBy={`${forcesId}-help${forcesMessage !== undefined ? ` ${forcesId}-error` : ''}`}>
        <Stack horizontal wrap tokens={{ childrenGap: 12 }}>
          {choices.map((force) => (
            <Checkbox
              key={force}
              label={force}
              checked={has(force)}
              disabled={disabled}
              onChange={(_e, on) =>
                props.onChange({ forces: on ? [...draft.forces, force] : draft.forces.filter((f) => f.trim().toLowerCase() !== force.toLowerCase()) })
              }
            />
          ))}
        </Stack>
        <Text id={`${forcesId}-help`} block variant="small" styles={{ root: { marginTop: 4 } }}>
          {draft.forces.length === 0 ? strings.SurveyBuilderForcesAll : strings.SurveyBuilderForcesSome}
        </Text>
        <ErrorText id={`${forcesId}-error`} message={forcesMessage} />
      </FieldGroup>
      <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 8 }}>
        <Stack.Item grow styles={{ root: { minWidth: 0 } }}>
          <TextField
            id={`${forcesId}-new`}
            label={strings.SurveyBuilderOtherForce}
            disabled={disabled}
            value={newForce}
            onChange={(_e, v) => setNewForce(v ?? '')}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
          />
        </Stack.Item>
        <DefaultButton text={strings.SurveyBuilderAddForce} disabled={disabled || newForce.trim() === ''} onClick={add} />
      </Stack>
      <TextField
        id={builderFieldId(idPrefix, 'minGroupSize')}
        label={strings.SurveyBuilderFieldMinGroupSize}
        description={strings.SurveyBuilderMinGroupSizeHelp}
        required
        inputMode="numeric"
        disabled={disabled}
        value={draft.minGroupSize}
        errorMessage={props.messageAt('minGroupSize')}
        styles={{ fieldGroup: { maxWidth: '8em' } }}
        onChange={(_e, v) => props.onChange({ minGroupSize: v ?? '' })}
      />
    </Stack>
  );
}
