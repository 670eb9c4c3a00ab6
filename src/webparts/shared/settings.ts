/**
 * A part's settings, described once and rendered twice: as the SharePoint property pane (by the web part
 * class) and as the local workbench's settings panel. Keeps the two from drifting.
 */
export type SettingField =
  | { kind: 'text'; key: string; label: string; description?: string; validate?: (value: string) => string }
  | { kind: 'dropdown'; key: string; label: string; options: Array<{ key: string; text: string }> }
  | { kind: 'toggle'; key: string; label: string; onText: string; offText: string };

export interface ISettingsGroup {
  name: string;
  fields: SettingField[];
}

export interface ISettingsPage {
  description: string;
  groups: ISettingsGroup[];
}
