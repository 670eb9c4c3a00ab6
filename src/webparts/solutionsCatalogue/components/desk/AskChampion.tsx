import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import * as strings from 'SuiteStrings';
import { askOnce, type IOnce } from '../../../../data/catalogueRequests';
import type { ICatalogueRepositoryOptions } from '../../../../data/CatalogueRepository';
import { ForbiddenError, ValidationError } from '../../../../data/errors';
import type { DataSite } from '../../../../data/sp';
import { randomClientId } from '../../../../data/writes';
import type { IChampionQuestion } from '../../../../domain/catalogue/types';
import { errorMessage } from '../../../../ui/data/errorMessage';
import { formatText } from '../../../../ui/format/text';
import { Heading, SensitiveDataWarning, useCharacterCount, useFocusAfterRender } from './deskParts';
import { MAX_QUESTION_LENGTH } from './deskModel';
import { useLeaveWarning } from '../../../../ui/form/useLeaveWarning';

export interface IDeskPerson {
  upn: string;
  force: string;
  department: string;
}

export interface IAskChampionProps {
  site: () => Promise<DataSite>;
  me: IDeskPerson;
  idPrefix: string;
  locale: string;
  questionsOpen: boolean;
  repositoryOptions: ICatalogueRepositoryOptions;
  /** A question was stored (the desk adds it to "My questions"). */
  onAsked: (question: IChampionQuestion) => void;
  /** Questions are closed: take the person to the directory instead. */
  onFindChampion: () => void;
}

type Outcome = { kind: 'idle' } | { kind: 'sent' } | { kind: 'failed'; message: string; canRetry: boolean };

function freshOnce(): IOnce {
  return { clientId: randomClientId(), mayExist: false };
}

/**
 * "Ask a champion": one question box, sent with the asker's force and department. The text stays in the
 * box until SharePoint has stored it; a retry after a lost answer never makes a second question.
 */
export function AskChampion(props: IAskChampionProps): React.ReactElement {
  const { me, idPrefix } = props;
  const fieldId = `${idPrefix}-ask-question`;
  const statusId = `${idPrefix}-ask-status`;
  const headingId = `${idPrefix}-ask-heading`;
  const [text, setText] = React.useState('');
  const [showProblems, setShowProblems] = React.useState(false);
  const [sending, setSending] = React.useState(false);
  const [outcome, setOutcome] = React.useState<Outcome>({ kind: 'idle' });
  // A question typed and not yet sent: the browser asks before the tab closes.
  useLeaveWarning(text.trim() !== '');
  const once = React.useRef<IOnce>(freshOnce());
  const mounted = React.useRef(true);
  const focusAfterRender = useFocusAfterRender();
  const counter = useCharacterCount(text.length, MAX_QUESTION_LENGTH, props.locale);
  /** A new question gets a new client id; a failed attempt's may already be stored. */
  const renewOnce = (): void => {
    once.current = freshOnce();
  };
  const attemptMayExist = (): void => {
    once.current = { ...once.current, mayExist: true };
  };

  React.useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const required = showProblems && text.trim() === '' ? strings.CatalogueDeskQuestionRequired : undefined;
  const fieldError = required ?? counter.error;
  const where = me.department !== '' ? formatText(strings.CatalogueDeskAskingAs, me.force, me.department) : formatText(strings.CatalogueDeskAskingAsForceOnly, me.force);

  const send = async (): Promise<void> => {
    setShowProblems(true);
    if (text.trim() === '' || text.length > MAX_QUESTION_LENGTH) {
      focusAfterRender(fieldId);
      return;
    }
    setSending(true);
    setOutcome({ kind: 'idle' });
    try {
      const asked = await askOnce(await props.site(), text, { upn: me.upn, force: me.force, department: me.department }, once.current, props.repositoryOptions);
      if (!mounted.current) return;
      renewOnce();
      setText('');
      setShowProblems(false);
      setOutcome({ kind: 'sent' });
      props.onAsked(asked);
    } catch (error) {
      if (!mounted.current) return;
      // Whatever failed, SharePoint may have stored it: the next attempt looks first.
      attemptMayExist();
      if (error instanceof ForbiddenError && !error.digestRejected) setOutcome({ kind: 'failed', message: strings.CatalogueDeskAskForbidden, canRetry: false });
      else if (error instanceof ValidationError && error.problems.some((p) => p.field === 'force')) setOutcome({ kind: 'failed', message: strings.CatalogueDeskNoForce, canRetry: false });
      else setOutcome({ kind: 'failed', message: formatText(strings.CatalogueDeskAskFailed, errorMessage(error)), canRetry: true });
    } finally {
      if (mounted.current) setSending(false);
    }
    focusAfterRender(statusId);
  };

  const run = (): void => {
    send().catch((error: unknown) => setOutcome({ kind: 'failed', message: formatText(strings.CatalogueDeskAskFailed, errorMessage(error)), canRetry: true }));
  };

  let body: React.ReactNode;
  if (!props.questionsOpen) {
    body = (
      <MessageBar
        messageBarType={MessageBarType.info}
        isMultiline
        delayedRender={false}
        actions={
          <div>
            <DefaultButton text={strings.CatalogueDeskFindChampion} onClick={props.onFindChampion} />
          </div>
        }
      >
        {strings.CatalogueDeskQuestionsClosed}
      </MessageBar>
    );
  } else if (me.force === '') {
    body = (
      <MessageBar messageBarType={MessageBarType.warning} delayedRender={false}>
        {strings.CatalogueDeskNoForce}
      </MessageBar>
    );
  } else {
    body = (
      <Stack tokens={{ childrenGap: 12 }} styles={{ root: { minWidth: 0, maxWidth: 720 } }}>
        <Text block>{where}</Text>
        <MessageBar messageBarType={MessageBarType.warning} role="none" delayedRender={false} isMultiline>
          {strings.CatalogueDeskDoNotPaste}
        </MessageBar>
        <TextField
          id={fieldId}
          label={strings.CatalogueDeskQuestionLabel}
          required
          multiline
          rows={5}
          autoAdjustHeight
          value={text}
          onChange={(_e, value) => setText(value ?? '')}
          description={`${strings.CatalogueDeskDoNotPasteShort} ${counter.description}`}
          errorMessage={fieldError}
          disabled={sending}
        />
        {counter.announcer}
        <SensitiveDataWarning id={`${idPrefix}-ask-sensitive`} text={text} />
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          <PrimaryButton text={sending ? strings.CatalogueDeskSending : strings.CatalogueDeskSendQuestion} disabled={sending} onClick={run} />
        </Stack>
      </Stack>
    );
  }

  return (
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { minWidth: 0 } }}>
      <Heading level={3} id={headingId}>
        {strings.CatalogueDeskAskHeading}
      </Heading>
      <Text block>{strings.CatalogueDeskAskIntro}</Text>
      <div id={statusId} tabIndex={-1}>
        {outcome.kind === 'sent' ? (
          <MessageBar messageBarType={MessageBarType.success} isMultiline onDismiss={() => setOutcome({ kind: 'idle' })} dismissButtonAriaLabel={strings.CatalogueDeskDismiss}>
            {strings.CatalogueDeskQuestionSent}
          </MessageBar>
        ) : null}
        {outcome.kind === 'failed' ? (
          <MessageBar
            messageBarType={MessageBarType.error}
            isMultiline
            actions={
              outcome.canRetry ? (
                <div>
                  <DefaultButton text={strings.CatalogueDeskTryAgain} disabled={sending} onClick={run} />
                </div>
              ) : undefined
            }
          >
            {outcome.message}
          </MessageBar>
        ) : null}
      </div>
      {body}
    </Stack>
  );
}
