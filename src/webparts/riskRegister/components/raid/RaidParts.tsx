import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { Icon } from '@fluentui/react/lib/Icon';
import { Link } from '@fluentui/react/lib/Link';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { HighContrastSelector, mergeStyles, type ITheme } from '@fluentui/react/lib/Styling';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'SuiteStrings';
import { daysBetween } from '../../../../domain/training/days';
import { compareReferences, parseIds, ragOf, type FieldValue, type IConflictField, type IFieldChange, type IPersonRef, type IRisk } from '../../../../domain/risks';
import { ragColours } from '../risk/RagBadge';
import { formatDay, formatInstant, formatText } from '../../../../ui/format/text';
import { KNOWN_FORCES } from '../../../../lists/people';
import { RISK_CATEGORIES } from '../../../../lists/risks';
import { matchingRisks, type ConflictResolution, type IRaidDraft } from './raidModel';
import { bandText, categoryName, fieldName, forceName, valueText } from './raidText';

/** Moves focus to an element by id: itself when it takes focus, else its first input or focusable child. */
export function focusById(id: string): void {
  const el = document.getElementById(id);
  if (el === null) return;
  const focusable = el.matches('input, textarea, select, button, [tabindex]') ? el : el.querySelector<HTMLElement>('input:not([disabled]), textarea, button, [tabindex="0"]');
  (focusable ?? el).focus();
}

/** Focus requests that wait until the element is rendered (after a state change). */
export function useFocusRequest(): (id: string) => void {
  const [target, setTarget] = React.useState<string | undefined>(undefined);
  React.useEffect(() => {
    if (target === undefined) return;
    focusById(target);
    setTarget(undefined);
  }, [target]);
  return setTarget;
}

/** Whether the component is still mounted (a write's answer may arrive after it is gone). */
export function useMounted(): React.MutableRefObject<boolean> {
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    []
  );
  return mounted;
}

/** A heading; with an id it can take focus (a form opening moves focus to its heading). */
export function Heading(props: { as: 'h3' | 'h4' | 'h5'; id?: string; children: React.ReactNode }): React.ReactElement {
  const variant = props.as === 'h3' ? 'xLarge' : props.as === 'h4' ? 'large' : 'mediumPlus';
  const text = (
    <Text as={props.as} variant={variant} block styles={{ root: { margin: 0, fontWeight: 600, overflowWrap: 'anywhere' } }}>
      {props.children}
    </Text>
  );
  if (props.id === undefined) return text;
  return (
    <div id={props.id} tabIndex={-1} style={{ outline: 'none' }}>
      {text}
    </div>
  );
}

export interface ISummaryProblem {
  /** The DOM id of the field, to move focus to. */
  id: string;
  text: string;
}

/** The list of a form's problems, each a link to its field; takes focus when shown (`id`). */
export function ProblemSummary(props: { id: string; problems: readonly ISummaryProblem[]; onGo: (id: string) => void }): React.ReactElement | null {
  if (props.problems.length === 0) return null;
  return (
    <div id={props.id} tabIndex={-1} style={{ outline: 'none' }}>
      <MessageBar messageBarType={MessageBarType.error} isMultiline>
        <Text block styles={{ root: { fontWeight: 600 } }}>
          {formatText(props.problems.length === 1 ? strings.RiskRaidProblemsOne : strings.RiskRaidProblemsMany, props.problems.length)}
        </Text>
        <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
          {props.problems.map((p, i) => (
            <li key={`${p.id}-${i}`}>
              <Link onClick={() => props.onGo(p.id)}>{p.text}</Link>
            </li>
          ))}
        </ul>
      </MessageBar>
    </div>
  );
}

export { formatInstant };

export interface IConflictInfo {
  changedBy: IPersonRef | null;
  changedAt: string;
  theirChanges: readonly IFieldChange[];
  conflicts: readonly IConflictField[];
}

export interface IConflictNoticeProps {
  conflict: IConflictInfo;
  locale: string;
  risks: readonly IRisk[];
  busy?: boolean;
  onChoose: (how: ConflictResolution) => void;
}

/** Linked risk ids (`;12;40;`) as their references. */
export function refsText(risks: readonly IRisk[]): (ids: string) => string {
  return (ids) =>
    parseIds(ids)
      .map((id) => risks.filter((r) => r.id === id)[0]?.reference ?? `#${id}`)
      .sort(compareReferences)
      .join(', ');
}

/**
 * Someone saved the item after this person opened it: who and when, what they changed, where both
 * changed the same column, and the choices. Nothing is written until the person saves again.
 */
export function ConflictNotice(props: IConflictNoticeProps): React.ReactElement {
  const { conflict, locale } = props;
  const refs = refsText(props.risks);
  const value = (field: string, v: FieldValue): string => valueText(field, v, locale, refs);
  const who = conflict.changedBy !== null && conflict.changedBy.title !== '' ? conflict.changedBy.title : strings.RiskRaidSomeoneElse;
  return (
    <MessageBar messageBarType={MessageBarType.severeWarning} isMultiline>
      <Stack tokens={{ childrenGap: 8 }}>
        <Text block styles={{ root: { fontWeight: 600 } }}>
          {formatText(strings.RiskRaidConflictIntro, who, formatInstant(conflict.changedAt, locale))}
        </Text>
        <Text block>{strings.RiskRaidConflictNothingLost}</Text>
        {conflict.theirChanges.length > 0 ? (
          <div>
            <Text block>{strings.RiskRaidConflictTheyChanged}</Text>
            <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
              {conflict.theirChanges.map((c) => (
                <li key={c.field}>{formatText(strings.RiskRaidChangeFromTo, fieldName(c.field), value(c.field, c.from), value(c.field, c.to))}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {conflict.conflicts.length > 0 ? (
          <div>
            <Text block>{strings.RiskRaidConflictBothChanged}</Text>
            <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
              {conflict.conflicts.map((c) => (
                <li key={c.field}>{formatText(strings.RiskRaidConflictTheirsMine, fieldName(c.field), value(c.field, c.theirs), value(c.field, c.mine))}</li>
              ))}
            </ul>
          </div>
        ) : (
          <Text block>{strings.RiskRaidConflictNoOverlap}</Text>
        )}
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          <DefaultButton text={conflict.conflicts.length > 0 ? strings.RiskRaidConflictKeepBothTheirs : strings.RiskRaidConflictKeepBoth} disabled={props.busy} onClick={() => props.onChoose('mergeTheirs')} />
          {conflict.conflicts.length > 0 ? <DefaultButton text={strings.RiskRaidConflictKeepBothMine} disabled={props.busy} onClick={() => props.onChoose('mergeMine')} /> : null}
          <DefaultButton text={strings.RiskRaidConflictTheirs} disabled={props.busy} onClick={() => props.onChoose('theirs')} />
        </Stack>
      </Stack>
    </MessageBar>
  );
}

function flagClass(theme: ITheme): string {
  return mergeStyles({
    display: 'inline-flex',
    alignItems: 'center',
    gap: 4,
    fontWeight: 600,
    color: theme.semanticColors.errorText,
    selectors: { [HighContrastSelector]: { color: 'CanvasText' } }
  });
}

/** "Overdue by 3 days", in words with an icon: never colour alone. */
export function OverdueFlag(props: { due: string; today: string }): React.ReactElement {
  const theme = useTheme();
  const days = daysBetween(props.due, props.today);
  return (
    <span className={flagClass(theme)}>
      <Icon iconName="Warning" aria-hidden="true" />
      {formatText(days === 1 ? strings.RiskRaidOverdueByOne : strings.RiskRaidOverdueBy, days)}
    </span>
  );
}

/** A due day, and the overdue flag beside it when it has passed on something still open. */
export function DueCell(props: { due: string | null; overdue: boolean; today: string; locale: string }): React.ReactElement {
  if (props.due === null) return <>{strings.RiskRaidNoDate}</>;
  return (
    <Stack tokens={{ childrenGap: 2 }}>
      <span style={{ whiteSpace: 'nowrap' }}>{formatDay(props.due, props.locale)}</span>
      {props.overdue ? <OverdueFlag due={props.due} today={props.today} /> : null}
    </Stack>
  );
}

/** A score's band in words ("12 · Red-amber (10–14)") on the band's colour; the words carry the meaning. */
export function BandText(props: { score: number; prefix?: string }): React.ReactElement {
  const theme = useTheme();
  const c = ragColours(theme, ragOf(props.score));
  const cls = mergeStyles({
    display: 'inline-block',
    padding: '0 6px',
    borderRadius: 2,
    background: c.background,
    color: c.text,
    borderLeft: `4px solid ${c.border}`,
    selectors: { [HighContrastSelector]: { background: 'Canvas', color: 'CanvasText', border: '1px solid CanvasText', forcedColorAdjust: 'none' } }
  });
  return (
    <span className={cls}>
      {props.prefix !== undefined ? `${props.prefix} ` : ''}
      {formatText(strings.RiskRaidScoreBand, props.score, bandText(props.score))}
    </span>
  );
}

export interface IRiskLinksFieldProps {
  /** The search box's id (problems move focus there). */
  id: string;
  label: string;
  required?: boolean;
  risks: readonly IRisk[];
  value: readonly number[];
  onChange: (ids: number[]) => void;
  errorMessage?: string;
  disabled?: boolean;
}

/**
 * Links to risks, found by reference or title: a search box, the risks matching it as buttons to link
 * them, and the linked risks each with a button to remove it. Enter links the only or exact match.
 */
export function RiskLinksField(props: IRiskLinksFieldProps): React.ReactElement {
  const [query, setQuery] = React.useState('');
  const matches = matchingRisks(props.risks, query, props.value);
  const linked = props.value.map((id) => ({ id, risk: props.risks.filter((r) => r.id === id)[0] }));
  const legendId = `${props.id}-legend`;
  const describe = (r: IRisk | undefined, id: number): string => (r === undefined ? formatText(strings.RiskRaidRiskMissing, id) : `${r.reference} \u2014 ${r.title}`);

  const link = (risk: IRisk): void => {
    props.onChange([...props.value, risk.id]);
    setQuery('');
  };

  return (
    <fieldset style={{ border: 'none', margin: 0, padding: 0, minWidth: 0 }} aria-labelledby={legendId}>
      <legend id={legendId} style={{ fontWeight: 600, padding: 0, marginBottom: 4 }}>
        {props.label}
        {props.required === true ? <span aria-hidden="true"> *</span> : null}
      </legend>
      {linked.length === 0 ? (
        <Text block variant="small">
          {strings.RiskRaidNoRisksLinked}
        </Text>
      ) : (
        <ul style={{ margin: '0 0 8px', paddingLeft: 20 }}>
          {linked.map(({ id, risk }) => (
            <li key={id}>
              <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 8 }}>
                <span style={{ overflowWrap: 'anywhere' }}>{describe(risk, id)}</span>
                <DefaultButton
                  text={strings.RiskRaidUnlink}
                  ariaLabel={formatText(strings.RiskRaidUnlinkOf, risk?.reference ?? `#${id}`)}
                  disabled={props.disabled}
                  onClick={() => props.onChange(props.value.filter((x) => x !== id))}
                  styles={{ root: { minWidth: 0 } }}
                />
              </Stack>
            </li>
          ))}
        </ul>
      )}
      <TextField
        id={props.id}
        label={strings.RiskRaidFindRisk}
        description={strings.RiskRaidFindRiskHelp}
        value={query}
        onChange={(_e, v) => setQuery(v ?? '')}
        onKeyDown={(e) => {
          if (e.key !== 'Enter') return;
          e.preventDefault();
          const exact = matches.filter((r) => r.reference.toLowerCase() === query.trim().toLowerCase())[0];
          if (exact !== undefined) link(exact);
          else if (matches.length === 1) link(matches[0]);
        }}
        errorMessage={props.errorMessage}
        disabled={props.disabled}
        autoComplete="off"
        aria-required={props.required}
      />
      <div role="status" aria-live="polite" style={{ fontSize: 12, minHeight: 0 }}>
        {query.trim() === '' ? '' : matches.length === 0 ? strings.RiskRaidFindRiskNone : formatText(matches.length === 1 ? strings.RiskRaidFindRiskOne : strings.RiskRaidFindRiskMany, matches.length)}
      </div>
      {matches.length > 0 ? (
        <ul style={{ listStyle: 'none', margin: '4px 0 0', padding: 0 }} aria-label={strings.RiskRaidFindRiskResults}>
          {matches.map((r) => (
            <li key={r.id} style={{ marginBottom: 4 }}>
              <DefaultButton
                text={formatText(strings.RiskRaidLinkRisk, `${r.reference} \u2014 ${r.title}`)}
                disabled={props.disabled}
                onClick={() => link(r)}
                styles={{ root: { height: 'auto', minHeight: 32, maxWidth: '100%', textAlign: 'left' }, label: { overflowWrap: 'anywhere', whiteSpace: 'normal', fontWeight: 400 } }}
              />
            </li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
}

export interface IRaidItemFieldsProps {
  draft: IRaidDraft;
  change: (patch: Partial<IRaidDraft>) => void;
  fieldId: (field: string) => string;
  messageAt: (field: string) => string | undefined;
  disabled: boolean;
}

/** The fields every RAID item has, in the RAID log's form and when logging at a meeting: description, topic, force, owner. */
export function RaidItemFields(props: IRaidItemFieldsProps): React.ReactElement {
  const { draft, change, fieldId, messageAt, disabled } = props;
  // A force the register holds that the suite does not know (typed into SharePoint) stays choosable.
  const forces = [...KNOWN_FORCES, ...(draft.force !== '' && (KNOWN_FORCES as readonly string[]).indexOf(draft.force) < 0 ? [draft.force] : [])];
  return (
    <>
      <TextField
        id={fieldId('description')}
        label={strings.RiskRaidFieldDescription}
        multiline
        autoAdjustHeight
        rows={3}
        value={draft.description}
        onChange={(_e, v) => change({ description: v ?? '' })}
        disabled={disabled}
      />
      <Dropdown
        id={fieldId('category')}
        label={strings.RiskRaidFieldTopic}
        required
        options={RISK_CATEGORIES.map((c) => ({ key: c, text: categoryName(c) }))}
        selectedKey={draft.category === '' ? null : draft.category}
        placeholder={strings.RiskRaidChoose}
        onChange={(_e, o) => o !== undefined && change({ category: o.key as IRaidDraft['category'] })}
        errorMessage={messageAt('category')}
        disabled={disabled}
      />
      <Dropdown
        id={fieldId('force')}
        label={strings.RiskRaidFieldForce}
        required
        options={forces.map((f) => ({ key: f, text: forceName(f) }))}
        selectedKey={draft.force === '' ? null : draft.force}
        placeholder={strings.RiskRaidChoose}
        onChange={(_e, o) => o !== undefined && change({ force: String(o.key) })}
        errorMessage={messageAt('force')}
        disabled={disabled}
      />
      <TextField
        id={fieldId('ownerUpn')}
        label={strings.RiskRaidFieldOwner}
        description={strings.RiskRaidOwnerHelp}
        required
        value={draft.ownerUpn}
        onChange={(_e, v) => change({ ownerUpn: v ?? '' })}
        errorMessage={messageAt('ownerUpn')}
        disabled={disabled}
        autoComplete="off"
      />
    </>
  );
}
