import { defineList, ItemOf, NewItemOf } from './define';
import { f } from './fields';

/**
 * The programme board's weekly meetings (issue 10, DOMAIN.md §3), in three lists:
 * - **Board meetings**: one item per meeting: its day, chair, attendees, protective marking and notes. The
 *   board edits it while the meeting is open; nothing on it says whether it is closed (see below).
 * - **Board records**: the meeting's record log, one item per closure or re-opening, oldest first. A closure
 *   points at its frozen snapshot (the register, RAID and indicators as they stood) by a key, with the
 *   snapshot's part count, length and checksum.
 * - **Board snapshot parts**: the snapshot's JSON in parts of at most 60,000 characters (a plain note holds
 *   63,999), found by the closure's snapshot key (indexed).
 *
 * Decisions:
 * - A meeting is closed when the newest item of its record log is a closure. The log is written by the
 *   programme board at the "Add only" level: SharePoint refuses their MERGE and DELETE on both record lists,
 *   so a closure, a re-opening and a frozen snapshot stay exactly as added (only site owners can alter
 *   them). Re-opening adds a record (who, when, why); closing again adds a new closure and keeps the earlier
 *   one. The meeting's own item stays editable by the board through REST, so "a closed meeting cannot be
 *   altered" is the app's refusal on that item; what matters, the paper, is generated from the closure's
 *   snapshot alone, which nobody but the owners can change.
 * - Parts live in their own list rather than on the record: every screen reads every meeting's record log
 *   (to know which meetings are closed), and should not carry a few hundred kilobytes of JSON per closure
 *   to do it. Parts are written BEFORE the record that points at them, so a reader who finds a closure
 *   always finds its parts; parts of a close that failed half-way are never pointed at.
 * - Reads are threshold-safe at any size: meetings and the record log in Id windows, one meeting's records
 *   by its indexed meeting id, a snapshot's parts by their indexed snapshot key.
 * - Everyone on the programme reads all three (the register they freeze is read by the workforce too).
 */

/** The protective markings the board chooses from; the same values as `PROTECTIVE_MARKINGS` in the domain. */
export const MEETING_MARKINGS = ['OFFICIAL', 'OFFICIAL-SENSITIVE'] as const;

/** What a record of a meeting's log says happened. */
export const MEETING_RECORD_KINDS = ['closed', 'reopened'] as const;

const ADD_ONLY_RULES: readonly string[] = [
  '"Add only" stops changes to what was added, not what is added: a board member could add a misleading item through REST (SharePoint stamps who and when, which cannot be forged); the app adds items here only when a meeting is closed or re-opened.'
];

export const BoardMeetingsList = defineList({
  key: 'boardMeetings',
  title: 'Board meetings',
  url: 'Lists/BoardMeetings',
  description: 'The programme board\u2019s weekly meetings: day, chair, attendees, protective marking and notes. Closed and re-opened through Board records.',
  prefix: 'bmt',
  fields: {
    title: f.title({ displayName: 'Meeting', required: true }),
    meetingDate: f.date({ internalName: 'bmtDate', displayName: 'Meeting date', description: 'The UK day of the meeting.', required: true, indexed: true }),
    chairUpn: f.text({ internalName: 'bmtChairUpn', displayName: 'Chair', description: 'Sign-in name of the chair.', required: true }),
    attendeeUpns: f.note({ internalName: 'bmtAttendees', displayName: 'Attendees', description: 'Sign-in names separated by semicolons.', lines: 3 }),
    marking: f.choice({
      internalName: 'bmtMarking',
      displayName: 'Protective marking',
      description: 'Chosen by the board; printed on every page of the board paper.',
      required: true,
      choices: MEETING_MARKINGS,
      defaultValue: 'OFFICIAL'
    }),
    notes: f.note({ internalName: 'bmtNotes', displayName: 'Notes', lines: 6 })
  },
  settings: { versioning: { enabled: true, majorVersionLimit: 100 } },
  permissions: { read: ['workforce'], contribute: ['programme'] },
  appOnlyRules: [
    'A closed meeting is refused edits by the app; SharePoint lets a board member edit its item through REST (the version history shows who did), but the board paper is generated from the closure\u2019s frozen snapshot in Board records and Board snapshot parts, which the board cannot edit.',
    'One meeting per day: the app checks the day before creating a meeting; SharePoint stores a second one written through REST.',
    'The chair and attendees are the app\u2019s choice from the programme board group; SharePoint stores any sign-in name.'
  ]
});

export const BoardRecordsList = defineList({
  key: 'boardRecords',
  title: 'Board records',
  url: 'Lists/BoardRecords',
  description: 'Each board meeting\u2019s closures and re-openings, oldest first; a closure points at its frozen snapshot in Board snapshot parts.',
  prefix: 'brc',
  fields: {
    title: f.title({ displayName: 'Record', required: true }),
    meetingId: f.number({ internalName: 'brcMeetingId', displayName: 'Meeting id', required: true, decimals: 0, indexed: true }),
    kind: f.choice({ internalName: 'brcKind', displayName: 'Closed or re-opened', required: true, choices: MEETING_RECORD_KINDS }),
    reason: f.note({ internalName: 'brcReason', displayName: 'Reason', description: 'Why it was re-opened (required), or a note on the closure.', lines: 3 }),
    snapshotKey: f.text({ internalName: 'brcSnapshotKey', displayName: 'Snapshot key', description: 'A closure\u2019s parts in Board snapshot parts carry this key.', maxLength: 64 }),
    snapshotParts: f.number({ internalName: 'brcParts', displayName: 'Snapshot parts', decimals: 0, min: 1 }),
    snapshotLength: f.number({ internalName: 'brcLength', displayName: 'Snapshot length', description: 'Characters of the whole snapshot.', decimals: 0, min: 1 }),
    snapshotChecksum: f.text({ internalName: 'brcChecksum', displayName: 'Snapshot checksum', maxLength: 32 }),
    reissueOf: f.number({ internalName: 'brcReissueOf', displayName: 'Re-issue of record', description: 'The earlier closure this one replaces after a re-opening.', decimals: 0 })
  },
  settings: { versioning: { enabled: true, majorVersionLimit: 10 } },
  permissions: { read: ['workforce'], contribute: [], append: ['programme'] },
  appOnlyRules: [
    ...ADD_ONLY_RULES,
    'One record per step of a meeting\u2019s log: its client id is the meeting and the step, so a retried or simultaneous close adds one record; should REST ever add a second with the same client id, the app reads the oldest.',
    'A re-opening must give a reason and follow a closure, and a closure must follow an opening or a re-opening: the app\u2019s checks. SharePoint accepts any record a board member adds through REST (the author and time are SharePoint\u2019s and cannot be forged).'
  ]
});

export const BoardSnapshotPartsList = defineList({
  key: 'boardSnapshotParts',
  title: 'Board snapshot parts',
  url: 'Lists/BoardSnapshotParts',
  description: 'A closed board meeting\u2019s frozen snapshot (register, RAID and indicators) as JSON, in parts of at most 60,000 characters.',
  prefix: 'bsp',
  fields: {
    title: f.title({ displayName: 'Snapshot part', required: true }),
    snapshotKey: f.text({ internalName: 'bspSnapshotKey', displayName: 'Snapshot key', required: true, maxLength: 64, indexed: true }),
    meetingId: f.number({ internalName: 'bspMeetingId', displayName: 'Meeting id', required: true, decimals: 0 }),
    part: f.number({ internalName: 'bspPart', displayName: 'Part number', description: 'From 1.', required: true, decimals: 0, min: 1 }),
    content: f.note({ internalName: 'bspContent', displayName: 'Content', description: 'JSON text; the parts joined in order make the snapshot.', required: true, lines: 6 })
  },
  settings: { versioning: { enabled: true, majorVersionLimit: 10 } },
  permissions: { read: ['workforce'], contribute: [], append: ['programme'] },
  appOnlyRules: [
    ...ADD_ONLY_RULES,
    'Parts are read only through the closure that points at them, and checked against its part count, length and checksum; parts of a close that failed half-way stay unreferenced.'
  ]
});

export type BoardMeetingItem = ItemOf<typeof BoardMeetingsList>;
export type NewBoardMeetingItem = NewItemOf<typeof BoardMeetingsList>;
export type BoardRecordItem = ItemOf<typeof BoardRecordsList>;
export type NewBoardRecordItem = NewItemOf<typeof BoardRecordsList>;
export type BoardSnapshotPartItem = ItemOf<typeof BoardSnapshotPartsList>;
export type NewBoardSnapshotPartItem = NewItemOf<typeof BoardSnapshotPartsList>;
