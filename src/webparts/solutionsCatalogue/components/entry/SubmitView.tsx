import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'SuiteStrings';
import { CatalogueRepository } from '../../../../data/CatalogueRepository';
import type { ICatalogueModule } from '../../../../data/catalogueViewer';
import type { DataSite } from '../../../../data/sp';
import { randomClientId } from '../../../../data/writes';
import type { IActor } from '../../../../domain/catalogue/lifecycle';
import type { ICatalogueEntry } from '../../../../domain/catalogue/types';
import { formatText } from '../../../../ui/format/text';
import { emptyDraft } from './entryDraft';
import { EntryForm, type IFormAction } from './EntryForm';

export interface ISubmitViewProps {
  site: () => Promise<DataSite>;
  actor: IActor;
  me: { upn: string; force: string; department: string };
  modules: readonly ICatalogueModule[] | undefined;
  policyUrl: string | undefined;
  locale: string;
  idPrefix: string;
  onSaved: (entry: ICatalogueEntry) => void;
  onShowMine: () => void;
}

/**
 * A new use case or FAQ: saved as a draft or submitted to the champions. Until a champion approves it,
 * SharePoint shows it to its author and the champions only. One client id per new entry, so a save
 * retried after a lost answer finds the item instead of making a second one.
 */
export function SubmitView(props: ISubmitViewProps): React.ReactElement {
  const [round, setRound] = React.useState(0);
  const [clientId, setClientId] = React.useState(() => randomClientId());
  const [done, setDone] = React.useState<string | undefined>(undefined);
  const doneId = `${props.idPrefix}-done`;

  React.useEffect(() => {
    if (done !== undefined) document.getElementById(doneId)?.focus();
  }, [done, doneId]);

  const repository = async (): Promise<CatalogueRepository> => new CatalogueRepository(await props.site());
  const finish = (entry: ICatalogueEntry, message: string): void => {
    props.onSaved(entry);
    setDone(message);
    setClientId(randomClientId());
    setRound((n) => n + 1);
  };

  const actions: IFormAction[] = [
    {
      key: 'submit',
      text: strings.CatalogueFormSubmit,
      primary: true,
      check: 'submission',
      run: async (content) => finish(await (await repository()).submit(props.actor, content, undefined, clientId), formatText(strings.CatalogueSubmittedNote, content.title))
    },
    {
      key: 'draft',
      text: strings.CatalogueFormSaveDraft,
      check: 'draft',
      run: async (content) => finish(await (await repository()).saveDraft(props.actor, content, undefined, clientId), formatText(strings.CatalogueDraftSavedNote, content.title))
    }
  ];

  return (
    <Stack tokens={{ childrenGap: 16 }}>
      <div id={doneId} tabIndex={-1} style={{ outline: 'none' }}>
        {done !== undefined ? (
          <MessageBar messageBarType={MessageBarType.success} isMultiline onDismiss={() => setDone(undefined)} dismissButtonAriaLabel={strings.CatalogueDismiss}>
            <Text block>{done}</Text>
            <Link onClick={props.onShowMine}>{strings.CatalogueSeeMine}</Link>
          </MessageBar>
        ) : null}
      </div>
      <EntryForm
        key={round}
        idPrefix={`${props.idPrefix}-${round}`}
        heading={strings.CatalogueSubmitHeading}
        initialDraft={emptyDraft(props.me)}
        modules={props.modules}
        policyUrl={props.policyUrl}
        locale={props.locale}
        intro={<Text block>{strings.CatalogueSubmitIntro}</Text>}
        actions={actions}
      />
    </Stack>
  );
}
