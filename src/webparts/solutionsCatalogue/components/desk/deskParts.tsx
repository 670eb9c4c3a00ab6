/**
 * Small pieces the champions' desk and the poor-output report share: the character count, the warning
 * about personal and operational data, error text, focus by id, and a bordered card.
 */
import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { hiddenContentStyle } from '@fluentui/react/lib/Styling';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'SuiteStrings';
import { sensitiveKinds, type SensitiveKind } from '../../../../domain/catalogue/sensitive';
import { formatCount, formatText } from '../../../../ui/format/text';

/** Moves focus to an element by id: itself when it takes focus, else the first enabled control inside it. */
export function focusById(id: string): boolean {
  const el = document.getElementById(id);
  if (!el) return false;
  const focusable = 'input:not([disabled]), textarea:not([disabled]), button:not([disabled]), [tabindex]';
  const target = el.matches(focusable) ? el : el.querySelector<HTMLElement>(focusable);
  (target ?? el).focus();
  return true;
}

/** Focuses an element by id after the next render that shows it. */
export function useFocusAfterRender(): (id: string) => void {
  const [pending, setPending] = React.useState<{ id: string } | undefined>(undefined);
  React.useEffect(() => {
    if (pending !== undefined) focusById(pending.id);
  }, [pending]);
  return React.useCallback((id: string) => setPending({ id }), []);
}

export interface ICharacterCount {
  /** For the field's description: "120 of 2,000 characters". */
  description: string;
  /** For the field's error slot when the text is too long (nothing is cut). */
  error: string | undefined;
  /** A polite live region, announced a moment after typing stops, once the limit is near. */
  announcer: React.ReactElement;
}

/** A character count for a text field, as GOV.UK's: visible always, announced only near or over the limit. */
export function useCharacterCount(length: number, max: number, locale: string): ICharacterCount {
  const count = (n: number): string => formatCount(n, locale);
  const over = length - max;
  const left = max - length;
  const near = left <= Math.max(20, Math.floor(max / 10));
  const spoken = over > 0 ? formatText(strings.CatalogueDeskCharactersOver, count(over), count(max)) : near ? formatText(strings.CatalogueDeskCharactersLeft, count(left)) : '';
  const [announced, setAnnounced] = React.useState('');
  React.useEffect(() => {
    const timer = setTimeout(() => setAnnounced(spoken), 1000);
    return () => clearTimeout(timer);
  }, [spoken]);
  return {
    description: formatText(strings.CatalogueDeskCharacters, count(length), count(max)),
    error: over > 0 ? formatText(strings.CatalogueDeskCharactersOver, count(over), count(max)) : undefined,
    announcer: (
      <div aria-live="polite" style={hiddenContentStyle as React.CSSProperties}>
        {announced}
      </div>
    )
  };
}

const KIND_TEXT: Record<SensitiveKind, string> = {
  email: strings.CatalogueDeskSensitiveEmail,
  phone: strings.CatalogueDeskSensitivePhone,
  postcode: strings.CatalogueDeskSensitivePostcode,
  niNumber: strings.CatalogueDeskSensitiveNiNumber,
  vehicleRegistration: strings.CatalogueDeskSensitiveVehicle,
  referenceNumber: strings.CatalogueDeskSensitiveReference,
  dateOfBirth: strings.CatalogueDeskSensitiveDateOfBirth,
  protectiveMarking: strings.CatalogueDeskSensitiveMarking
};

/** What the text seems to hold, as a sentence ("" when nothing was found). */
export function sensitiveSentence(text: string): string {
  const kinds = sensitiveKinds(text);
  return kinds.length === 0 ? '' : formatText(strings.CatalogueDeskSensitiveFound, kinds.map((k) => KIND_TEXT[k]).join(strings.CatalogueDeskListSeparator));
}

/**
 * The live warning when typed text looks like personal or operational data. Its region is always in the
 * page (a region added with its text is often not announced); it changes only when what is found changes.
 */
export function SensitiveDataWarning(props: { id: string; text: string }): React.ReactElement {
  const sentence = sensitiveSentence(props.text);
  return (
    <div id={props.id} role="status">
      {sentence !== '' ? (
        <MessageBar messageBarType={MessageBarType.severeWarning} role="none" delayedRender={false} isMultiline>
          {sentence}
        </MessageBar>
      ) : null}
    </div>
  );
}

/** A problem under a control that has no error slot of its own (a radio group). */
export function ErrorText(props: { id: string; message: string | undefined }): React.ReactElement | null {
  const theme = useTheme();
  if (props.message === undefined) return null;
  return (
    <Text id={props.id} block variant="small" styles={{ root: { color: theme.semanticColors.errorText, overflowWrap: 'anywhere', marginTop: 4 } }}>
      {props.message}
    </Text>
  );
}

/** Text as typed: line breaks kept, long words wrapped (no sideways scrolling at 320 px). */
export function PlainText(props: { text: string; id?: string }): React.ReactElement {
  return (
    <Text id={props.id} block styles={{ root: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } }}>
      {props.text}
    </Text>
  );
}

/** A bordered card in theme colours. */
export function Card(props: { children: React.ReactNode; labelledBy?: string; as?: 'li' | 'div'; id?: string }): React.ReactElement {
  const theme = useTheme();
  const style: React.CSSProperties = {
    border: `1px solid ${theme.semanticColors.bodyDivider}`,
    borderRadius: theme.effects.roundedCorner2,
    padding: 12,
    minWidth: 0,
    overflowWrap: 'anywhere',
    background: theme.semanticColors.bodyBackground,
    listStyle: 'none'
  };
  if (props.as === 'li') {
    return (
      <li id={props.id} aria-labelledby={props.labelledBy} style={style}>
        {props.children}
      </li>
    );
  }
  return (
    <div id={props.id} role="group" aria-labelledby={props.labelledBy} style={style}>
      {props.children}
    </div>
  );
}

/** A list without bullets whose items are cards. */
export function CardList(props: { children: React.ReactNode; label?: string; labelledBy?: string }): React.ReactElement {
  return (
    <ul aria-label={props.label} aria-labelledby={props.labelledBy} style={{ margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 12, minWidth: 0 }}>
      {props.children}
    </ul>
  );
}

/** A heading at a given level, in the theme's type ramp. */
export function Heading(props: { level: 2 | 3 | 4 | 5; id?: string; children: React.ReactNode; tabIndex?: number }): React.ReactElement {
  const variant = props.level <= 3 ? 'large' : props.level === 4 ? 'mediumPlus' : 'medium';
  return (
    <Text as={`h${props.level}` as 'h2'} id={props.id} tabIndex={props.tabIndex} variant={variant} block styles={{ root: { margin: 0, fontWeight: 600, overflowWrap: 'anywhere' } }}>
      {props.children}
    </Text>
  );
}
