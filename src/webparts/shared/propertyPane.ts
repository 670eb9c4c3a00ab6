import {
  PropertyPaneDropdown,
  PropertyPaneTextField,
  PropertyPaneToggle,
  type IPropertyPaneConfiguration,
  type IPropertyPaneField
} from '@microsoft/sp-property-pane';
import type { ISettingsPage, SettingField } from './settings';

function toField(field: SettingField): IPropertyPaneField<unknown> {
  switch (field.kind) {
    case 'text':
      return PropertyPaneTextField(field.key, {
        label: field.label,
        description: field.description,
        onGetErrorMessage: field.validate
      });
    case 'dropdown':
      return PropertyPaneDropdown(field.key, { label: field.label, options: field.options, disabled: field.options.length === 0 });
    case 'toggle':
      return PropertyPaneToggle(field.key, { label: field.label, onText: field.onText, offText: field.offText });
  }
}

/** The SharePoint property pane for a settings description. */
export function toPropertyPane(page: ISettingsPage): IPropertyPaneConfiguration {
  return {
    pages: [
      {
        header: { description: page.description },
        groups: page.groups.map((g) => ({ groupName: g.name, groupFields: g.fields.map(toField) }))
      }
    ]
  };
}
