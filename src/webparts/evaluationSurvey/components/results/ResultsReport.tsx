import * as React from 'react';
import { Dropdown, DropdownMenuItemType, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'SuiteStrings';
import type { ISurvey } from '../../../../data/SurveyRepository';
import { latestClosedWave, waveRespondents, type IPublishedResults } from '../../../../domain/survey/published';
import { formatDay, formatText } from '../../../../ui/format/text';
import { sectionTitle, waveName } from '../respond/surveyText';
import type { IFreeTextQuestion } from './freeText';
import { FreeTextSection } from './FreeTextSection';
import { BreakdownSection, DistributionSection, TrendSection } from './QuestionSections';
import { detailNotes, formats, questionLabel, waveOptionText, waveTitle } from './resultsText';
import { TaskMinutesSection } from './TaskMinutesSection';

export interface IResultsReportProps {
  /** Live (built from the responses) or published: drawn the same way. */
  results: IPublishedResults;
  survey: ISurvey;
  locale: string;
  idPrefix: string;
  /** Evaluation leads only: a wave's free-text answers, which are never part of the results. */
  freeText?: (waveId: string) => IFreeTextQuestion[];
}

/** The question selector's options, under the survey's section headings where the questions are still in it. */
function questionOptions(results: IPublishedResults, survey: ISurvey): IDropdownOption[] {
  const index = new Map<string, number>(results.qs.map((q, i) => [q.id, i] as [string, number]));
  const placed = new Set<number>();
  const options: IDropdownOption[] = [];
  survey.questionnaire.sections.forEach((section, si) => {
    const inSection = section.questions.map((q) => index.get(q.id)).filter((i): i is number => i !== undefined && !placed.has(i));
    if (inSection.length === 0) return;
    options.push({ key: `section-${si}`, text: sectionTitle(section.id, si), itemType: DropdownMenuItemType.Header });
    inSection.forEach((i) => {
      placed.add(i);
      options.push({ key: i, text: questionLabel(results.qs[i], survey) });
    });
  });
  results.qs.forEach((q, i) => {
    if (!placed.has(i)) options.push({ key: i, text: questionLabel(q, survey) });
  });
  return options;
}

/** Results of every published wave: one wave and one question at a time, with breakdowns, trend and task minutes. */
export function ResultsReport(props: IResultsReportProps): React.ReactElement {
  const { results, survey, locale } = props;
  const f = React.useMemo(() => formats(locale), [locale]);
  const [wave, setWave] = React.useState<number>(() => latestClosedWave(results) ?? results.waves.length - 1);
  const [question, setQuestion] = React.useState<number>(0);
  const options = React.useMemo(() => questionOptions(results, survey), [results, survey]);
  const freeTextOf = props.freeText;
  const current = results.waves[wave];
  const waveId = current?.id;
  const freeText = React.useMemo(() => (freeTextOf !== undefined && waveId !== undefined ? freeTextOf(waveId) : undefined), [freeTextOf, waveId]);

  if (current === undefined) return <MessageBar messageBarType={MessageBarType.info}>{strings.SurveyResultsNoWaves}</MessageBar>;
  const respondents = waveRespondents(results, wave);
  const respondentsText =
    respondents.status === 'shown'
      ? respondents.value === 0
        ? formatText(strings.SurveyResultsRespondentsNone, waveName(current.k))
        : formatText(strings.SurveyResultsRespondents, f.count(respondents.value), waveName(current.k))
      : formatText(strings.SurveyResultsRespondentsSuppressed, f.count(results.min), waveName(current.k));
  const q = results.qs[question];
  const sectionProps = { results, wave, question, questionText: q ? questionLabel(q, survey) : '', surveyKey: survey.key, locale, idPrefix: props.idPrefix, f };

  return (
    <Stack tokens={{ childrenGap: 16 }}>
      {detailNotes(results, f).map((note) => (
        <Text key={note} block variant="small">
          {note}
        </Text>
      ))}
      <Dropdown
        label={strings.SurveyResultsWave}
        selectedKey={wave}
        options={results.waves.map((w, i) => ({ key: i, text: waveOptionText(w, locale) }))}
        onChange={(_e, o) => o && setWave(Number(o.key))}
        styles={{ root: { maxWidth: 480 } }}
      />
      <div aria-live="polite">
        <Text block styles={{ root: { fontWeight: 600 } }}>
          {respondentsText}
        </Text>
        {current.p ? (
          <MessageBar messageBarType={MessageBarType.warning}>{formatText(strings.SurveyResultsProvisional, waveTitle(current), formatDay(current.c, locale))}</MessageBar>
        ) : null}
      </div>
      {q !== undefined ? (
        <>
          <Dropdown
            label={strings.SurveyResultsQuestion}
            selectedKey={question}
            options={options}
            onChange={(_e, o) => o && typeof o.key === 'number' && setQuestion(o.key)}
            styles={{ root: { maxWidth: 640 } }}
          />
          <DistributionSection {...sectionProps} />
          <BreakdownSection {...sectionProps} />
          <TrendSection {...sectionProps} />
        </>
      ) : null}
      {results.tk.length > 0 ? <TaskMinutesSection results={results} wave={wave} surveyKey={survey.key} idPrefix={props.idPrefix} f={f} /> : null}
      {freeText !== undefined ? <FreeTextSection questions={freeText} idPrefix={props.idPrefix} f={f} /> : null}
    </Stack>
  );
}
