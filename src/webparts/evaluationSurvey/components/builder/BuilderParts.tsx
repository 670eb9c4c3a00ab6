import * as React from 'react';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';

/** Moves focus to an element by id: itself when it takes focus, else the first enabled control inside it. */
export function focusElement(id: string): boolean {
  const el = document.getElementById(id);
  if (!el) return false;
  const focusable = 'input:not([disabled]), textarea:not([disabled]), button:not([disabled]), [tabindex]';
  const target = el.matches(focusable) ? el : el.querySelector<HTMLElement>(focusable);
  (target ?? el).focus();
  return true;
}

/** A problem under a control that has no error slot of its own (a group, a button). */
export function ErrorText(props: { id: string; message: string | undefined }): React.ReactElement | null {
  const theme = useTheme();
  if (props.message === undefined) return null;
  return (
    <Text id={props.id} block variant="small" styles={{ root: { color: theme.semanticColors.errorText, overflowWrap: 'anywhere', marginTop: 4 } }}>
      {props.message}
    </Text>
  );
}

/** A group of controls with a legend: a fieldset, so screen readers announce the group. */
export function FieldGroup(props: { id?: string; legend: string; describedBy?: string; children: React.ReactNode }): React.ReactElement {
  const theme = useTheme();
  return (
    <fieldset id={props.id} aria-describedby={props.describedBy} style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}>
      <legend style={{ padding: '5px 0', fontSize: theme.fonts.medium.fontSize, fontWeight: 600, color: theme.semanticColors.bodyText }}>{props.legend}</legend>
      {props.children}
    </fieldset>
  );
}

/** A bordered card in theme colours (questions, sections, waves). */
export function Card(props: { children: React.ReactNode; role?: string; labelledBy?: string; id?: string; emphasis?: boolean }): React.ReactElement {
  const theme = useTheme();
  return (
    <div
      id={props.id}
      role={props.role}
      aria-labelledby={props.labelledBy}
      style={{
        border: `1px solid ${props.emphasis ? theme.semanticColors.errorText : theme.semanticColors.bodyDivider}`,
        borderRadius: theme.effects.roundedCorner2,
        padding: 12,
        minWidth: 0,
        overflowWrap: 'anywhere',
        background: theme.semanticColors.bodyBackground
      }}
    >
      {props.children}
    </div>
  );
}
