import * as React from 'react';
import { DatePicker, type IDatePickerStrings } from '@fluentui/react/lib/DatePicker';
import { DayOfWeek } from '@fluentui/react/lib/DateTimeUtilities';
import * as strings from 'SuiteStrings';
import { isDay } from '../../domain/training/days';
import { formatText } from '../format/text';

/** `dd/mm/yyyy`, as people in the UK write a date. */
export function formatBritish(date: Date | undefined): string {
  if (!date) return '';
  const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()}`;
}

/** A calendar day (`yyyy-mm-dd`) from day/month/year as typed (`/`, `-`, `.` or spaces), or ISO; else undefined. */
export function parseBritishDay(text: string): string | undefined {
  const t = text.trim();
  if (isDay(t)) return t;
  const m = /^(\d{1,2})[/.\-\s](\d{1,2})[/.\-\s](\d{4})$/.exec(t);
  if (!m) return undefined;
  const day = `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  return isDay(day) ? day : undefined;
}

/** Local midnight of a calendar day (what the calendar shows), or undefined. */
export function dateOfDay(day: string): Date | undefined {
  if (!isDay(day)) return undefined;
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d);
}

export function dayOfDate(date: Date): string {
  const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function names(locale: string, option: Intl.DateTimeFormatOptions, dates: Date[]): string[] {
  const format = new Intl.DateTimeFormat(locale, { ...option, timeZone: 'UTC' });
  return dates.map((d) => format.format(d));
}

/** Month and day names from the browser in the user's locale; the rest from the suite's strings. */
export function datePickerStrings(locale: string): IDatePickerStrings {
  const months = Array.from({ length: 12 }, (_x, i) => new Date(Date.UTC(2026, i, 1)));
  // 4 January 2026 is a Sunday: the calendar's arrays start on Sunday.
  const week = Array.from({ length: 7 }, (_x, i) => new Date(Date.UTC(2026, 0, 4 + i)));
  return {
    months: names(locale, { month: 'long' }, months),
    shortMonths: names(locale, { month: 'short' }, months),
    days: names(locale, { weekday: 'long' }, week),
    shortDays: names(locale, { weekday: 'narrow' }, week),
    goToToday: strings.TrainingModulesCalendarToday,
    prevMonthAriaLabel: strings.TrainingModulesCalendarPrevMonth,
    nextMonthAriaLabel: strings.TrainingModulesCalendarNextMonth,
    prevYearAriaLabel: strings.TrainingModulesCalendarPrevYear,
    nextYearAriaLabel: strings.TrainingModulesCalendarNextYear,
    closeButtonAriaLabel: strings.TrainingModulesCalendarClose,
    // Our own validation says what is wrong; the picker's reset message would discard what was typed.
    invalidInputErrorMessage: '',
    isRequiredErrorMessage: '',
    isResetStatusMessage: undefined
  };
}

export interface IDayFieldProps {
  id: string;
  label: string;
  /** `yyyy-mm-dd`, or the text typed when it is not (yet) a date. */
  value: string;
  onChange: (value: string) => void;
  locale: string;
  required?: boolean;
  disabled?: boolean;
  description?: string;
  errorMessage?: string;
}

/**
 * A date as day/month/year: typed, or picked from the calendar. What the user types stays in the box
 * exactly as typed until it reads as a date (the Fluent picker alone would reset it on blur).
 */
export function DayField(props: IDayFieldProps): React.ReactElement {
  const { value, onChange } = props;
  const [text, setText] = React.useState<string>(() => (isDay(value) ? formatBritish(dateOfDay(value)) : value));
  const pickerStrings = React.useMemo(() => datePickerStrings(props.locale), [props.locale]);
  const date = React.useMemo(() => dateOfDay(value), [value]);

  // A value set from outside (a reload) replaces the text unless the text already says that day.
  React.useEffect(() => {
    const shown = parseBritishDay(text) ?? text;
    if (shown !== value) setText(isDay(value) ? formatBritish(dateOfDay(value)) : value);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- RATIONALE: only an outside change of the value resyncs the text.
  }, [value]);

  const typed = (next: string): void => {
    setText(next);
    onChange(parseBritishDay(next) ?? next);
  };
  const picked = (date: Date | null | undefined): void => {
    if (!date) return;
    setText(formatBritish(date));
    onChange(dayOfDate(date));
  };

  return (
    <DatePicker
      label={props.label}
      isRequired={props.required}
      disabled={props.disabled}
      allowTextInput
      value={date}
      formatDate={formatBritish}
      parseDateFromString={(s) => dateOfDay(parseBritishDay(s) ?? '') ?? null}
      firstDayOfWeek={DayOfWeek.Monday}
      strings={pickerStrings}
      pickerAriaLabel={strings.TrainingModulesCalendarLabel}
      placeholder={strings.TrainingModulesDatePlaceholder}
      // Only a pick from the calendar is taken here; typing is handled by the text field below, so
      // the picker's own "reset to the last good date" on blur cannot overwrite what was typed.
      calendarProps={{ onSelectDate: picked, strings: pickerStrings }}
      textField={{
        id: props.id,
        value: text,
        description: props.description,
        errorMessage: props.errorMessage,
        autoComplete: 'off',
        // The calendar button needs a name of its own: the picker would give it the field's label.
        iconProps: { 'aria-label': formatText(strings.TrainingModulesOpenCalendar, props.label) },
        onChange: (_e, next) => typed(next ?? '')
      }}
    />
  );
}
