import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'SuiteStrings';
import { CatalogueRepository } from '../../../../data/CatalogueRepository';
import type { ICatalogueModule } from '../../../../data/catalogueViewer';
import type { DataSite } from '../../../../data/sp';
import { isAuthor, type IActor } from '../../../../domain/catalogue/lifecycle';
import type { ICatalogueEntry } from '../../../../domain/catalogue/types';
import { formatText } from '../../../../ui/format/text';
import { draftFromContent } from './entryDraft';
import { EntryForm, type IFormAction } from './EntryForm';
import { howToToText } from './howToText';

export interface IEntryEditorProps {
  entry: ICatalogueEntry;
  site: () => Promise<DataSite>;
  actor: IActor;
  modules: readonly ICatalogueModule[] | undefined;
  policyUrl: string | undefined;
  locale: string;
  idPrefix: string;
  headingAs?: 'h2' | 'h3';
  /** The entry as SharePoint now holds it, and what happened in words. */
  onSaved: (entry: ICatalogueEntry, note: string) => void;
  onCancel: () => void;
}

/** What someone may do with an entry in the editor: which writes, and what to tell them first. */
export function editorMode(entry: Pick<ICatalogueEntry, 'state' | 'author' | 'ownerUpn'>, actor: IActor): 'championEdit' | 'authorDraft' | 'authorResubmit' | 'none' {
  const mine = isAuthor(entry, actor);
  if (mine && (entry.state === 'draft' || entry.state === 'submitted' || entry.state === 'rejected')) return 'authorDraft';
  if (actor.isChampion && (entry.state === 'approved' || entry.state === 'retired' || entry.state === 'submitted')) return 'championEdit';
  if (mine && entry.state === 'approved') return 'authorResubmit';
  return 'none';
}

/**
 * Editing an existing entry, with the writes its state and the person allow: an author's draft, submission
 * or rejected entry (save as draft, submit); an author's published entry (changes go back to a champion);
 * a champion's correction (stays published, in the same request).
 */
export function EntryEditor(props: IEntryEditorProps): React.ReactElement {
  const { entry, actor } = props;
  const [start] = React.useState(() => {
    const text = howToToText(entry.howToHtml);
    return { draft: draftFromContent(entry, text), origin: { howToHtml: entry.howToHtml, howToText: text } };
  });
  const mode = editorMode(entry, actor);
  const repository = async (): Promise<CatalogueRepository> => new CatalogueRepository(await props.site());
  const reload = async (id: number): Promise<ICatalogueEntry | undefined> => (await repository()).entry(id);

  const done = (saved: ICatalogueEntry, note: string): void => props.onSaved(saved, note);

  let actions: IFormAction[] = [];
  let intro: React.ReactNode = null;
  switch (mode) {
    case 'authorDraft':
      actions = [
        {
          key: 'submit',
          text: strings.CatalogueFormSubmit,
          primary: true,
          check: 'submission',
          run: async (content, base) => done(await (await repository()).submit(actor, content, base ?? entry), formatText(strings.CatalogueSubmittedNote, content.title))
        },
        {
          key: 'draft',
          text: strings.CatalogueFormSaveDraft,
          check: 'draft',
          run: async (content, base) => done(await (await repository()).saveDraft(actor, content, base ?? entry), formatText(strings.CatalogueDraftSavedNote, content.title))
        }
      ];
      intro = (
        <>
          {entry.state === 'rejected' && entry.moderationComment !== null && entry.moderationComment !== '' ? (
            <MessageBar messageBarType={MessageBarType.warning} isMultiline>
              {formatText(strings.CatalogueRejectedComment, entry.moderationComment)}
            </MessageBar>
          ) : null}
          {entry.state === 'submitted' ? <Text block>{strings.CatalogueEditSubmittedIntro}</Text> : null}
        </>
      );
      break;
    case 'authorResubmit':
      actions = [
        {
          key: 'edit',
          text: strings.CatalogueFormSubmitChanges,
          primary: true,
          check: 'submission',
          run: async (content, base) => done(await (await repository()).edit(actor, base ?? entry, content), formatText(strings.CatalogueSubmittedNote, content.title))
        }
      ];
      intro = (
        <MessageBar messageBarType={MessageBarType.info} isMultiline>
          {strings.CatalogueEditPublishedIntro}
        </MessageBar>
      );
      break;
    case 'championEdit':
      actions = [
        {
          key: 'edit',
          text: strings.CatalogueFormSaveChanges,
          primary: true,
          check: entry.state === 'draft' ? 'draft' : 'submission',
          run: async (content, base) => done(await (await repository()).edit(actor, base ?? entry, content), formatText(strings.CatalogueSavedNote, content.title))
        }
      ];
      intro = entry.state === 'approved' || entry.state === 'retired' ? <Text block>{strings.CatalogueEditChampionIntro}</Text> : null;
      break;
    default:
      break;
  }

  if (mode === 'none') {
    return (
      <MessageBar messageBarType={MessageBarType.info} isMultiline>
        {strings.CatalogueEditNotAllowed}
      </MessageBar>
    );
  }

  return (
    <EntryForm
      idPrefix={props.idPrefix}
      heading={formatText(strings.CatalogueEditHeading, entry.title)}
      headingAs={props.headingAs}
      initialDraft={start.draft}
      origin={start.origin}
      base={entry}
      modules={props.modules}
      policyUrl={props.policyUrl}
      locale={props.locale}
      intro={intro}
      actions={actions}
      onCancel={props.onCancel}
      reload={reload}
    />
  );
}
