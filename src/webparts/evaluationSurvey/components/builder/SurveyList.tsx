import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'SuiteStrings';
import type { ISurvey } from '../../../../data/SurveyRepository';
import { WAVE_KINDS } from '../../../../domain/survey/definition';
import { allQuestions } from '../../../../domain/survey/validation';
import { formatDay, formatText } from '../../../../ui/format/text';
import { Card } from './BuilderParts';
import { waveState, waveStateText, waveTitle } from './builderText';

export type StartFrom = 'template' | 'blank';

export interface ISurveyListProps {
  surveys: readonly ISurvey[];
  today: string;
  locale: string;
  idPrefix: string;
  onNew: (from: StartFrom) => void;
  onEdit: (survey: ISurvey) => void;
  /** Rebuilds a survey whose stored JSON cannot be read, from the template or blank. */
  onRebuild: (survey: ISurvey, from: StartFrom) => void;
}

/** Element id of a survey's heading in the list (focus returns there after editing). */
export function surveyHeadingId(idPrefix: string, surveyId: number): string {
  return `${idPrefix}-svb-survey-${surveyId}-heading`;
}

export const NEW_SURVEY_BUTTON = 'svb-new-template';

function Detail(props: { label: string; children: React.ReactNode }): React.ReactElement {
  return (
    <Text block>
      <Text styles={{ root: { fontWeight: 600 } }}>{`${props.label}: `}</Text>
      {props.children}
    </Text>
  );
}

/** Every survey on the site with its code, waves (dates and whether open), forces and smallest group; new, edit and fix. */
export function SurveyList(props: ISurveyListProps): React.ReactElement {
  const { surveys, today, locale, idPrefix } = props;
  const sorted = [...surveys].sort((a, b) => b.id - a.id);
  return (
    <Stack tokens={{ childrenGap: 16 }}>
      <Text as="h3" variant="xLarge" block styles={{ root: { margin: 0, fontWeight: 600 } }}>
        {strings.SurveyBuilderListLabel}
      </Text>
      <Text block>{strings.SurveyBuilderIntro}</Text>
      <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
        <PrimaryButton id={`${idPrefix}-${NEW_SURVEY_BUTTON}`} iconProps={{ iconName: 'Add' }} text={strings.SurveyBuilderNewFromTemplate} onClick={() => props.onNew('template')} />
        <DefaultButton iconProps={{ iconName: 'Add' }} text={strings.SurveyBuilderNewBlank} onClick={() => props.onNew('blank')} />
      </Stack>
      {sorted.length === 0 ? <Text block>{strings.SurveyBuilderNoSurveys}</Text> : null}
      {sorted.length > 0 ? (
        <ul aria-label={strings.SurveyBuilderListLabel} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {sorted.map((survey) => {
            const headingId = surveyHeadingId(idPrefix, survey.id);
            const waves = [...survey.waves].sort((a, b) => WAVE_KINDS.indexOf(a.kind) - WAVE_KINDS.indexOf(b.kind));
            const questions = allQuestions(survey.questionnaire).length;
            return (
              <li key={survey.id} style={{ marginBottom: 12 }}>
                <Card role="group" labelledBy={headingId}>
                  <Stack tokens={{ childrenGap: 6 }}>
                    <Text as="h4" id={headingId} tabIndex={-1} variant="large" block styles={{ root: { margin: 0, fontWeight: 600, outline: 'none' } }}>
                      {survey.title}
                    </Text>
                    <Detail label={strings.SurveyBuilderFieldKey}>{survey.key}</Detail>
                    {survey.problem === undefined ? <Detail label={strings.SurveyBuilderQuestionsLabel}>{questions.toLocaleString(locale)}</Detail> : null}
                    <Detail label={strings.SurveyBuilderFieldForces}>{survey.forces.length > 0 ? survey.forces.join(', ') : strings.SurveyBuilderAllForces}</Detail>
                    <Detail label={strings.SurveyBuilderFieldMinGroupSize}>{survey.minGroupSize.toLocaleString(locale)}</Detail>
                    {waves.length > 0 ? (
                      <div>
                        <Text block styles={{ root: { fontWeight: 600 } }}>
                          {strings.SurveyBuilderWavesHeading}
                        </Text>
                        <ul style={{ margin: '2px 0 0', paddingLeft: 20 }}>
                          {waves.map((w) => (
                            <li key={w.id}>
                              {formatText(
                                strings.SurveyBuilderWaveLine,
                                waveTitle(w.kind),
                                formatDay(w.opensOn, locale),
                                formatDay(w.closesOn, locale),
                                waveStateText(waveState(w, today))
                              )}
                            </li>
                          ))}
                        </ul>
                      </div>
                    ) : null}
                    {survey.problem !== undefined ? (
                      <MessageBar messageBarType={MessageBarType.warning} isMultiline>
                        {survey.problem === 'unreadableQuestionnaire' ? strings.SurveyBuilderUnreadableQuestionnaire : strings.SurveyBuilderUnreadableWaves}
                      </MessageBar>
                    ) : null}
                    <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
                      {survey.problem === undefined ? (
                        <DefaultButton text={strings.SurveyBuilderEdit} ariaLabel={formatText(strings.SurveyBuilderEditOf, survey.title)} onClick={() => props.onEdit(survey)} />
                      ) : (
                        <>
                          <DefaultButton
                            text={strings.SurveyBuilderRebuildTemplate}
                            ariaLabel={formatText(strings.SurveyBuilderRebuildTemplateOf, survey.title)}
                            onClick={() => props.onRebuild(survey, 'template')}
                          />
                          <DefaultButton
                            text={strings.SurveyBuilderRebuildBlank}
                            ariaLabel={formatText(strings.SurveyBuilderRebuildBlankOf, survey.title)}
                            onClick={() => props.onRebuild(survey, 'blank')}
                          />
                        </>
                      )}
                    </Stack>
                  </Stack>
                </Card>
              </li>
            );
          })}
        </ul>
      ) : null}
    </Stack>
  );
}
