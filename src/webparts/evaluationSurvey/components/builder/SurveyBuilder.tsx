import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import * as strings from 'SuiteStrings';
import type { DataSite } from '../../../../data/sp';
import type { ISurvey } from '../../../../data/SurveyRepository';
import { blankDefinition, freeKey, templateDefinition, type ISurveyDefinition } from '../../../../domain/survey/definition';
import { formatText } from '../../../../ui/format/text';
import { focusElement } from './BuilderParts';
import { definitionOf, SurveyEditor } from './SurveyEditor';
import { NEW_SURVEY_BUTTON, SurveyList, surveyHeadingId, type StartFrom } from './SurveyList';

export interface ISurveyBuilderProps {
  site: () => Promise<DataSite>;
  /** Every survey on the data site, as read by the shell. */
  surveys: ISurvey[];
  /** Today in London, YYYY-MM-DD. */
  today: string;
  locale: string;
  idPrefix: string;
  /** A survey was created or changed (the shell refreshes its list). */
  onSaved: (survey: ISurvey) => void;
}

/** The code the Copilot template suggests: its own name, numbered when taken. */
const TEMPLATE_KEY = 'copilot-evaluation';

/**
 * A survey whose stored questionnaire or waves cannot be read, rebuilt: code, title, description, forces and
 * smallest group kept, the unreadable part started again from the template (four waves from today) or blank.
 */
export function rebuiltDefinition(survey: ISurvey, from: StartFrom, today: string): ISurveyDefinition {
  const fresh = from === 'template' ? templateDefinition(today, { key: survey.key }) : blankDefinition(today);
  const stored = definitionOf(survey);
  return {
    ...stored,
    questionnaire: survey.problem === 'unreadableQuestionnaire' ? fresh.questionnaire : stored.questionnaire,
    waves: survey.problem === 'unreadableWaves' || survey.waves.length === 0 ? fresh.waves : stored.waves
  };
}

type Mode = { kind: 'list' } | { kind: 'edit'; base: ISurvey | undefined; start: ISurveyDefinition; session: number };

/**
 * The evaluation leads' survey builder: the surveys on the site, and an editor to start one (blank or from
 * the Copilot evaluation template), change one, or rebuild one whose stored definition cannot be read.
 * Only evaluation leads can save; SharePoint refuses anyone else, and the editor says so.
 */
export function SurveyBuilder(props: ISurveyBuilderProps): React.ReactElement {
  const { idPrefix, today } = props;
  const [mode, setMode] = React.useState<Mode>({ kind: 'list' });
  const [session, setSession] = React.useState(0);
  /** Saved here and not yet in the shell's list (it refreshes after `onSaved`). */
  const [savedHere, setSavedHere] = React.useState<ISurvey[]>([]);
  const [status, setStatus] = React.useState<string | undefined>(undefined);
  const [focusAfter, setFocusAfter] = React.useState<string | undefined>(undefined);

  // Once the shell's list holds a survey saved here, its copy is the one to show.
  React.useEffect(() => {
    setSavedHere((list) => list.filter((s) => !props.surveys.some((p) => p.id === s.id)));
  }, [props.surveys]);

  React.useEffect(() => {
    if (focusAfter === undefined) return;
    focusElement(focusAfter);
    setFocusAfter(undefined);
  }, [focusAfter, mode]);

  const surveys = React.useMemo(() => {
    const list = props.surveys.map((s) => savedHere.filter((x) => x.id === s.id)[0] ?? s);
    savedHere.forEach((s) => {
      if (!list.some((x) => x.id === s.id)) list.push(s);
    });
    return list;
  }, [props.surveys, savedHere]);

  const open = (base: ISurvey | undefined, start: ISurveyDefinition): void => {
    setStatus(undefined);
    setSession((n) => n + 1);
    setMode({ kind: 'edit', base, start, session: session + 1 });
  };

  const startNew = (from: StartFrom): void => {
    const keys = surveys.map((s) => s.key);
    open(
      undefined,
      from === 'template' ? templateDefinition(today, { key: freeKey(TEMPLATE_KEY, keys), title: strings.SurveyBuilderTemplateTitle }) : blankDefinition(today)
    );
  };

  if (mode.kind === 'edit') {
    const existingKeys = surveys.filter((s) => mode.base === undefined || s.id !== mode.base.id).map((s) => s.key);
    return (
      <SurveyEditor
        key={mode.session}
        site={props.site}
        base={mode.base}
        start={mode.start}
        existingKeys={existingKeys}
        today={today}
        locale={props.locale}
        idPrefix={idPrefix}
        onSaved={(survey) => {
          setSavedHere((list) => [...list.filter((s) => s.id !== survey.id), survey]);
          setStatus(formatText(strings.SurveyBuilderSaved, survey.title));
          setMode({ kind: 'list' });
          setFocusAfter(surveyHeadingId(idPrefix, survey.id));
          props.onSaved(survey);
        }}
        onCancel={() => {
          setMode({ kind: 'list' });
          setFocusAfter(mode.base !== undefined ? surveyHeadingId(idPrefix, mode.base.id) : `${idPrefix}-${NEW_SURVEY_BUTTON}`);
        }}
      />
    );
  }

  return (
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { minWidth: 0 } }}>
      {/* The message bar is a live region of its own. */}
      {status !== undefined ? (
        <MessageBar messageBarType={MessageBarType.success} onDismiss={() => setStatus(undefined)} dismissButtonAriaLabel={strings.SurveyBuilderDismiss}>
          {status}
        </MessageBar>
      ) : null}
      <SurveyList
        surveys={surveys}
        today={today}
        locale={props.locale}
        idPrefix={idPrefix}
        onNew={startNew}
        onEdit={(survey) => open(survey, definitionOf(survey))}
        onRebuild={(survey, from) => open(survey, rebuiltDefinition(survey, from, today))}
      />
    </Stack>
  );
}
