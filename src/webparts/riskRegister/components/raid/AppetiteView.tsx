import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'SuiteStrings';
import { ConflictError, ValidationError } from '../../../../data/errors';
import { appetiteFromItem, type IRiskStore } from '../../../../data/RiskRepository';
import { APPETITE_LEVEL_SCORES, appetiteProblems, sameForce, type AppetiteLevel, type IAppetite, type IAppetiteContent, type RiskCategory } from '../../../../domain/risks';
import { KNOWN_FORCES } from '../../../../lists/people';
import { APPETITE_LEVELS, RISK_CATEGORIES, type RiskAppetiteItem } from '../../../../lists/risks';
import { formatText } from '../../../../ui/format/text';
import { TableFrame, tableStyles } from '../../../../ui/table/TableFrame';
import { BandText, formatInstant, Heading, useFocusRequest, useMounted } from './RaidParts';
import { appetiteLevelName, bandText, categoryName, forceName, writeFailure } from './raidText';

export interface IAppetiteViewProps {
  idPrefix: string;
  appetites: readonly IAppetite[];
  repo: IRiskStore;
  canEdit: boolean;
  locale: string;
  onWritten: () => Promise<void>;
}

interface IAppetiteDraft {
  category: RiskCategory;
  /** `''`: every force. */
  force: string;
  maxScore: string;
  level: AppetiteLevel | '';
  rationale: string;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'invalid' }
  | { kind: 'saving' }
  | { kind: 'failed'; message: string }
  | { kind: 'conflict'; latest: IAppetite }
  | { kind: 'saved'; message: string };

/** The stored row for a topic and force (`''` every force), the oldest if REST ever made two. */
function rowFor(appetites: readonly IAppetite[], category: RiskCategory, force: string): IAppetite | undefined {
  return appetites
    .filter((a) => a.category === category && (force === '' ? a.force === null : a.force !== null && sameForce(a.force, force)))
    .sort((a, b) => a.id - b.id)[0];
}

function draftFor(appetites: readonly IAppetite[], category: RiskCategory, force: string): IAppetiteDraft {
  const row = rowFor(appetites, category, force);
  return row === undefined
    ? { category, force, maxScore: '', level: '', rationale: '' }
    : { category, force, maxScore: String(row.maxScore), level: row.level ?? '', rationale: row.rationale };
}

const scoreOf = (text: string): number | null => (/^\s*\d{1,2}\s*$/.test(text) ? Number(text) : null);

/**
 * Risk appetite per topic and force: the highest acceptable current score with the RAG band it sits in,
 * the rule for which row applies, and (for those SharePoint lets change it) an editor.
 */
export function AppetiteView(props: IAppetiteViewProps): React.ReactElement {
  const { idPrefix, appetites, locale } = props;
  const theme = useTheme();
  const t = tableStyles(theme);
  const [draft, setDraft] = React.useState<IAppetiteDraft>(() => draftFor(appetites, RISK_CATEGORIES[0], ''));
  const [status, setStatus] = React.useState<Status>({ kind: 'idle' });
  /** After a conflict: the row as stored now, written against next time. */
  const [latest, setLatest] = React.useState<IAppetite | undefined>(undefined);
  const focus = useFocusRequest();
  const mounted = useMounted();

  const busy = status.kind === 'saving';
  const fieldId = (f: string): string => `${idPrefix}-${f}`;
  const statusId = `${idPrefix}-status`;
  const extraForces = Array.from(new Set(appetites.map((a) => a.force).filter((f): f is string => f !== null && !KNOWN_FORCES.some((k) => sameForce(k, f)))));
  const columns: string[] = ['', ...KNOWN_FORCES, ...extraForces];
  const score = scoreOf(draft.maxScore);
  const scoreValid = score !== null && score >= 1 && score <= 25;
  const scoreProblem = status.kind === 'invalid' && !scoreValid ? strings.RiskRaidProblemOutOfRange : undefined;

  const target = (category: RiskCategory, force: string): void => {
    setDraft(draftFor(appetites, category, force));
    setLatest(undefined);
    setStatus({ kind: 'idle' });
  };

  const edit = (category: RiskCategory, force: string): void => {
    target(category, force);
    focus(fieldId('maxScore'));
  };

  const change = (patch: Partial<IAppetiteDraft>): void => {
    setDraft((d) => {
      const next = { ...d, ...patch };
      // Choosing a level suggests its score, unless a score of another kind was typed.
      if (patch.level !== undefined && patch.level !== '' && (d.maxScore.trim() === '' || (d.level !== '' && d.maxScore.trim() === String(APPETITE_LEVEL_SCORES[d.level])))) {
        next.maxScore = String(APPETITE_LEVEL_SCORES[patch.level]);
      }
      return next;
    });
    if (status.kind === 'saved' || status.kind === 'invalid') setStatus({ kind: 'idle' });
  };

  const where = (category: RiskCategory, force: string): string => formatText(strings.RiskRaidAppetiteWhere, categoryName(category), force === '' ? strings.RiskRaidAllForces : forceName(force));

  const save = async (): Promise<void> => {
    const content: IAppetiteContent = {
      category: draft.category,
      force: draft.force === '' ? null : draft.force,
      maxScore: score ?? NaN,
      level: draft.level === '' ? null : draft.level,
      rationale: draft.rationale.trim()
    };
    if (!scoreValid || appetiteProblems(content).length > 0) {
      setStatus({ kind: 'invalid' });
      focus(fieldId('maxScore'));
      return;
    }
    setStatus({ kind: 'saving' });
    try {
      const current = latest ?? rowFor(appetites, draft.category, draft.force);
      const saved = await props.repo.saveAppetite(content, current);
      if (!mounted.current) return;
      setLatest(undefined);
      setStatus({ kind: 'saved', message: formatText(strings.RiskRaidAppetiteSaved, where(saved.category, saved.force ?? ''), saved.maxScore, bandText(saved.maxScore)) });
      focus(statusId);
      props.onWritten().catch(() => undefined);
    } catch (error) {
      if (!mounted.current) return;
      if (error instanceof ConflictError && error.current !== null) {
        const now = appetiteFromItem(error.current as RiskAppetiteItem);
        setLatest(now);
        setStatus({ kind: 'conflict', latest: now });
        props.onWritten().catch(() => undefined);
      } else if (error instanceof ValidationError) {
        setStatus({ kind: 'invalid' });
        focus(fieldId('maxScore'));
        return;
      } else {
        setStatus({ kind: 'failed', message: writeFailure(error) });
      }
      focus(statusId);
    }
  };

  const cell = (category: RiskCategory, force: string): React.ReactElement => {
    const row = rowFor(appetites, category, force);
    return (
      <td key={force} style={t.cell}>
        <Stack tokens={{ childrenGap: 4 }} horizontalAlign="start">
          {row === undefined ? (
            <span>{strings.RiskRaidAppetiteNotSet}</span>
          ) : (
            <>
              <BandText score={row.maxScore} />
              {row.level !== null ? <Text variant="small">{appetiteLevelName(row.level)}</Text> : null}
            </>
          )}
          {props.canEdit ? (
            <DefaultButton
              text={row === undefined ? strings.RiskRaidAppetiteSet : strings.RiskRaidEdit}
              ariaLabel={formatText(row === undefined ? strings.RiskRaidAppetiteSetOf : strings.RiskRaidAppetiteEditOf, where(category, force))}
              onClick={() => edit(category, force)}
              styles={{ root: { minWidth: 0, height: 28 } }}
            />
          ) : null}
        </Stack>
      </td>
    );
  };

  const topicOptions: IDropdownOption[] = RISK_CATEGORIES.map((c) => ({ key: c, text: categoryName(c) }));
  const forceOptions: IDropdownOption[] = columns.map((f) => ({ key: f, text: f === '' ? strings.RiskRaidAllForces : forceName(f) }));
  const levelOptions: IDropdownOption[] = [{ key: '', text: strings.RiskRaidNoLevel }, ...APPETITE_LEVELS.map((l) => ({ key: l, text: formatText(strings.RiskRaidLevelWithScore, appetiteLevelName(l), APPETITE_LEVEL_SCORES[l]) }))];
  const stored = rowFor(appetites, draft.category, draft.force);

  return (
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { minWidth: 0 } }}>
      <Heading as="h3">{strings.RiskRaidAppetiteHeading}</Heading>
      <Text block>{strings.RiskRaidAppetiteIntro}</Text>
      <section aria-labelledby={`${idPrefix}-rule`}>
        <Heading as="h4" id={`${idPrefix}-rule`}>
          {strings.RiskRaidAppetiteRuleHeading}
        </Heading>
        <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
          <li>{strings.RiskRaidAppetiteRuleForce}</li>
          <li>{strings.RiskRaidAppetiteRuleJoint}</li>
          <li>{strings.RiskRaidAppetiteRuleAll}</li>
          <li>{strings.RiskRaidAppetiteRuleThreats}</li>
        </ul>
      </section>
      {!props.canEdit ? <MessageBar messageBarType={MessageBarType.info}>{strings.RiskRaidAppetiteReadOnly}</MessageBar> : null}

      <TableFrame caption={strings.RiskRaidAppetiteCaption}>
        <thead>
          <tr>
            <th scope="col" style={t.head}>
              {strings.RiskRaidFieldTopic}
            </th>
            {columns.map((f) => (
              <th key={f} scope="col" style={t.head}>
                {f === '' ? strings.RiskRaidAllForces : forceName(f)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {RISK_CATEGORIES.map((c) => (
            <tr key={c}>
              <th scope="row" style={{ ...t.rowHead, minWidth: 140 }}>
                {categoryName(c)}
              </th>
              {columns.map((f) => cell(c, f))}
            </tr>
          ))}
        </tbody>
      </TableFrame>

      {props.canEdit ? (
        <section aria-labelledby={`${idPrefix}-editor`}>
          <Stack tokens={{ childrenGap: 12 }} styles={{ root: { maxWidth: 560 } }}>
            <Heading as="h4" id={`${idPrefix}-editor`}>
              {strings.RiskRaidAppetiteEditorHeading}
            </Heading>
            <Dropdown id={fieldId('category')} label={strings.RiskRaidFieldTopic} required options={topicOptions} selectedKey={draft.category} onChange={(_e, o) => o !== undefined && target(o.key as RiskCategory, draft.force)} disabled={busy} />
            <Dropdown id={fieldId('force')} label={strings.RiskRaidFieldForce} required options={forceOptions} selectedKey={draft.force} onChange={(_e, o) => o !== undefined && target(draft.category, String(o.key))} disabled={busy} />
            <Text block variant="small" role="status" aria-live="polite">
              {stored === undefined ? formatText(strings.RiskRaidAppetiteCurrentNone, where(draft.category, draft.force)) : formatText(strings.RiskRaidAppetiteCurrent, where(draft.category, draft.force), stored.maxScore, bandText(stored.maxScore))}
            </Text>
            <Dropdown id={fieldId('level')} label={strings.RiskRaidFieldLevel} options={levelOptions} selectedKey={draft.level} onChange={(_e, o) => o !== undefined && change({ level: o.key as AppetiteLevel | '' })} disabled={busy} />
            <TextField
              id={fieldId('maxScore')}
              label={strings.RiskRaidFieldMaxScore}
              description={scoreValid && score !== null ? formatText(strings.RiskRaidAppetiteBandIs, bandText(score)) : strings.RiskRaidAppetiteScoreHelp}
              required
              inputMode="numeric"
              value={draft.maxScore}
              onChange={(_e, v) => change({ maxScore: v ?? '' })}
              errorMessage={scoreProblem}
              disabled={busy}
              autoComplete="off"
              styles={{ root: { maxWidth: 240 } }}
            />
            <TextField id={fieldId('rationale')} label={strings.RiskRaidFieldRationale} multiline autoAdjustHeight rows={3} value={draft.rationale} onChange={(_e, v) => change({ rationale: v ?? '' })} disabled={busy} />
            <div id={statusId} tabIndex={-1} style={{ outline: 'none' }}>
              {status.kind === 'failed' ? (
                <MessageBar messageBarType={MessageBarType.error} isMultiline>
                  {formatText(strings.RiskRaidSaveFailed, status.message)}
                </MessageBar>
              ) : null}
              {status.kind === 'conflict' ? (
                <MessageBar messageBarType={MessageBarType.severeWarning} isMultiline>
                  {formatText(
                    strings.RiskRaidAppetiteConflict,
                    status.latest.editor !== null && status.latest.editor.title !== '' ? status.latest.editor.title : strings.RiskRaidSomeoneElse,
                    formatInstant(status.latest.modifiedAt, locale),
                    status.latest.maxScore,
                    bandText(status.latest.maxScore)
                  )}
                </MessageBar>
              ) : null}
              {status.kind === 'saved' ? <MessageBar messageBarType={MessageBarType.success}>{status.message}</MessageBar> : null}
            </div>
            <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 8 }}>
              <PrimaryButton text={busy ? strings.RiskRaidSaving : strings.RiskRaidAppetiteSave} disabled={busy} onClick={() => save().catch(() => undefined)} />
              {busy ? <Spinner size={SpinnerSize.small} label={strings.RiskRaidSaving} labelPosition="right" ariaLive="polite" /> : null}
            </Stack>
          </Stack>
        </section>
      ) : null}
    </Stack>
  );
}
