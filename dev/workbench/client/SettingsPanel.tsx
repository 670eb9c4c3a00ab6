import * as React from 'react';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { TextField } from '@fluentui/react/lib/TextField';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { Toggle } from '@fluentui/react/lib/Toggle';
import { Text } from '@fluentui/react/lib/Text';
import { Stack } from '@fluentui/react/lib/Stack';
import type { ISettingsPage, SettingField } from '../../../src/webparts/shared/settings';

export interface ISettingsPanelProps {
  title: string;
  page: ISettingsPage;
  values: Record<string, unknown>;
  onChange: (key: string, value: unknown) => void;
  onDismiss: () => void;
}

function Field(props: { field: SettingField; value: unknown; onChange: (value: unknown) => void }): React.ReactElement {
  const { field, value, onChange } = props;
  switch (field.kind) {
    case 'text':
      return (
        <TextField
          label={field.label}
          description={field.description}
          value={typeof value === 'string' ? value : ''}
          onGetErrorMessage={field.validate}
          onChange={(_, v) => onChange(v ?? '')}
        />
      );
    case 'dropdown':
      return (
        <Dropdown
          label={field.label}
          options={field.options}
          selectedKey={typeof value === 'string' ? value : null}
          disabled={field.options.length === 0}
          onChange={(_, o) => o && onChange(o.key)}
        />
      );
    case 'toggle':
      return <Toggle label={field.label} onText={field.onText} offText={field.offText} checked={value === true} onChange={(_, c) => onChange(!!c)} />;
  }
}

/** The workbench's stand-in for SharePoint's property pane, rendered from the same settings description. */
export function SettingsPanel(props: ISettingsPanelProps): React.ReactElement {
  const { page, values } = props;
  return (
    <Panel isOpen headerText={props.title} type={PanelType.smallFixedFar} onDismiss={props.onDismiss} closeButtonAriaLabel="Close settings" isLightDismiss>
      <Stack tokens={{ childrenGap: 16 }}>
        <Text as="p">{page.description}</Text>
        {page.groups.length === 0 && <Text as="p">This part has no settings yet.</Text>}
        {page.groups.map((group) => (
          <Stack key={group.name} tokens={{ childrenGap: 8 }} role="group" aria-label={group.name}>
            <Text as="h3" variant="mediumPlus">
              {group.name}
            </Text>
            {group.fields.map((field) => (
              <Field key={field.key} field={field} value={values[field.key]} onChange={(v) => props.onChange(field.key, v)} />
            ))}
          </Stack>
        ))}
      </Stack>
    </Panel>
  );
}
