import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { Stack } from '@fluentui/react/lib/Stack';
import { TextField } from '@fluentui/react/lib/TextField';
import * as strings from 'SuiteStrings';
import { formatText } from '../../../../ui/format/text';

export interface IMultiValueFieldProps {
  id: string;
  label: string;
  description?: string;
  /** The usual values, offered first. */
  known: readonly string[];
  values: readonly string[];
  onChange: (values: string[]) => void;
  errorMessage?: string;
  disabled?: boolean;
}

/**
 * Several values from a known list, plus any other value typed in (the lists take fill-in values, so an
 * entry's own values are always offered and never lost).
 */
export function MultiValueField(props: IMultiValueFieldProps): React.ReactElement {
  const { values } = props;
  const [other, setOther] = React.useState('');
  const options: IDropdownOption[] = [...props.known, ...values.filter((v) => props.known.indexOf(v) < 0)].map((v) => ({ key: v, text: v }));

  const add = (): void => {
    const value = other.trim();
    if (value === '') return;
    const existing = options.filter((o) => o.text.toLowerCase() === value.toLowerCase())[0];
    const chosen = existing !== undefined ? String(existing.key) : value;
    if (values.indexOf(chosen) < 0) props.onChange([...values, chosen]);
    setOther('');
  };

  return (
    <Stack tokens={{ childrenGap: 4 }}>
      <Dropdown
        id={props.id}
        label={props.label}
        multiSelect
        options={options}
        selectedKeys={[...values]}
        placeholder={strings.CatalogueFormChoose}
        onChange={(_e, o) => {
          if (o === undefined) return;
          const key = String(o.key);
          props.onChange(o.selected === true ? [...values, key] : values.filter((v) => v !== key));
        }}
        errorMessage={props.errorMessage}
        disabled={props.disabled}
        // Fluent links only its error message: the description is linked here as well (its error id is `${id}-errorMessage`).
        aria-describedby={[props.description !== undefined ? `${props.id}-description` : '', props.errorMessage ? `${props.id}-errorMessage` : ''].filter((x) => x !== '').join(' ') || undefined}
        styles={{ root: { maxWidth: '100%' }, dropdown: { maxWidth: '100%' } }}
      />
      {props.description !== undefined ? (
        <span style={{ fontSize: 12 }} id={`${props.id}-description`}>
          {props.description}
        </span>
      ) : null}
      <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 8 }}>
        <TextField
          label={formatText(strings.CatalogueFormAddOtherLabel, props.label)}
          value={other}
          onChange={(_e, v) => setOther(v ?? '')}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
          disabled={props.disabled}
          styles={{ root: { flex: '1 1 12rem', minWidth: 0 } }}
        />
        <DefaultButton text={strings.CatalogueFormAdd} ariaLabel={formatText(strings.CatalogueFormAddOf, props.label)} onClick={add} disabled={props.disabled || other.trim() === ''} />
      </Stack>
    </Stack>
  );
}
