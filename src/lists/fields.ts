/**
 * Field declarations for the one typed list schema (see HOUSE_STYLE "One list schema, many uses").
 *
 * A field is declared once with a builder from `f` below. The builders keep literal types
 * (`required: true`, the choice strings, date-only vs date+time) so that the item type, the write
 * type and the wire mapping can be derived from the declaration without writing anything twice.
 */

/** The SharePoint column types the suite uses. */
export type FieldKind =
  | 'Text'
  | 'Note'
  | 'Number'
  | 'Currency'
  | 'DateTime'
  | 'Boolean'
  | 'Choice'
  | 'MultiChoice'
  | 'User'
  | 'Lookup'
  | 'URL';

/** `DateOnly` values travel as `YYYY-MM-DD` strings in the domain; `DateTime` values as `Date`. */
export type DateFormat = 'DateOnly' | 'DateTime';

interface FieldCommon<K extends FieldKind, R extends boolean> {
  readonly kind: K;
  /** Stable, prefixed, never renamed once released (e.g. `pplUpn`). Letters and digits only. */
  readonly internalName: string;
  /** English display name; the SharePoint column title. */
  readonly displayName: string;
  readonly description: string;
  readonly required: R;
  /** Column index; created by provisioning before any data arrives. At most 20 per list. */
  readonly indexed: boolean;
  /** True only for SharePoint's own `Title` column, which provisioning renames instead of creating. */
  readonly builtIn: boolean;
}

export interface TextFieldDef<R extends boolean = boolean> extends FieldCommon<'Text', R> {
  readonly maxLength: number;
  readonly defaultValue: string | undefined;
}

export interface NoteFieldDef<R extends boolean = boolean> extends FieldCommon<'Note', R> {
  readonly lines: number;
  /**
   * Plain text unless declared otherwise. A rich-text column holds HTML that anyone with contribute on the
   * list can write through REST, so every reader must pass it through an allow-list sanitiser before
   * display (`src/domain/catalogue/sanitise.ts`); only the catalogue's how-to is rich text.
   */
  readonly richText: boolean;
  readonly appendOnly: boolean;
}

export interface NumberFieldDef<R extends boolean = boolean> extends FieldCommon<'Number', R> {
  readonly min: number | undefined;
  readonly max: number | undefined;
  readonly decimals: number | undefined;
  readonly defaultValue: number | undefined;
}

export interface CurrencyFieldDef<R extends boolean = boolean> extends FieldCommon<'Currency', R> {
  /** Locale id of the currency symbol: 2057 is en-GB (pounds sterling). */
  readonly lcid: number;
  readonly min: number | undefined;
  readonly decimals: number;
}

export interface DateTimeFieldDef<R extends boolean = boolean, D extends DateFormat = DateFormat>
  extends FieldCommon<'DateTime', R> {
  readonly format: D;
}

export interface BooleanFieldDef extends FieldCommon<'Boolean', false> {
  readonly defaultValue: boolean;
}

export interface ChoiceFieldDef<R extends boolean = boolean, C extends string = string, O extends boolean = boolean>
  extends FieldCommon<'Choice', R> {
  readonly choices: readonly C[];
  /** Fill-in choices let the data grow (e.g. more forces in a national rollout) without re-provisioning. */
  readonly fillIn: O;
  readonly defaultValue: C | undefined;
}

export interface MultiChoiceFieldDef<C extends string = string, O extends boolean = boolean>
  extends FieldCommon<'MultiChoice', false> {
  readonly choices: readonly C[];
  readonly fillIn: O;
}

export interface UserFieldDef<R extends boolean = boolean> extends FieldCommon<'User', R> {
  readonly selection: 'PeopleOnly' | 'PeopleAndGroups';
}

/** The minimal view of a list that a lookup needs; a thunk so lists may refer to each other. */
export interface LookupTarget {
  readonly key: string;
  readonly title: string;
  readonly url: string;
}

export interface LookupFieldDef<R extends boolean = boolean> extends FieldCommon<'Lookup', R> {
  readonly target: () => LookupTarget;
  /** Internal name of the target column shown and expanded (`Title` unless said otherwise). */
  readonly showField: string;
}

export interface UrlFieldDef<R extends boolean = boolean> extends FieldCommon<'URL', R> {
  readonly format: 'Hyperlink' | 'Image';
}

export type FieldDef =
  | TextFieldDef
  | NoteFieldDef
  | NumberFieldDef
  | CurrencyFieldDef
  | DateTimeFieldDef
  | BooleanFieldDef
  | ChoiceFieldDef
  | MultiChoiceFieldDef
  | UserFieldDef
  | LookupFieldDef
  | UrlFieldDef;

/** Domain key → field declaration. The keys become the typed item's property names. */
export type FieldMap = Readonly<Record<string, FieldDef>>;

interface CommonOptions {
  readonly internalName: string;
  readonly displayName: string;
  readonly description?: string;
  readonly required?: boolean;
  readonly indexed?: boolean;
}

/*
 * The builders take the whole options object as their type parameter and compute `required` and
 * `fillIn` with conditional types. Had they been type parameters of their own, TypeScript would
 * infer them from the *contextual return type* inside `defineList({ fields: { … } })` and widen
 * `true` to `boolean`; a conditional type cannot be inferred backwards, so the literal survives.
 */
type Req<O> = O extends { readonly required: true } ? true : false;
type Fill<O> = O extends { readonly fillIn: true } ? true : false;

function common<K extends FieldKind, O extends CommonOptions>(kind: K, o: O): FieldCommon<K, Req<O>> {
  return {
    kind,
    internalName: o.internalName,
    displayName: o.displayName,
    description: o.description ?? '',
    // `Req<O>` is exactly "was `required: true` given", which is what this computes.
    required: (o.required === true) as Req<O>,
    indexed: o.indexed ?? false,
    builtIn: false
  };
}

type TitleOptions = Omit<CommonOptions, 'internalName'> & { readonly maxLength?: number };
type TextOptions = CommonOptions & { readonly maxLength?: number; readonly defaultValue?: string };
type NoteOptions = CommonOptions & { readonly lines?: number; readonly appendOnly?: boolean; readonly richText?: boolean };
type NumberOptions = CommonOptions & { readonly min?: number; readonly max?: number; readonly decimals?: number; readonly defaultValue?: number };
type CurrencyOptions = CommonOptions & { readonly min?: number; readonly decimals?: number };
type BooleanOptions = Omit<CommonOptions, 'required'> & { readonly defaultValue?: boolean };
type ChoiceOptions = CommonOptions & { readonly choices: readonly string[]; readonly fillIn?: boolean; readonly defaultValue?: string };
type MultiChoiceOptions = Omit<CommonOptions, 'required'> & { readonly choices: readonly string[]; readonly fillIn?: boolean };
type UserOptions = CommonOptions & { readonly allowGroups?: boolean };
type LookupOptions = CommonOptions & { readonly target: () => LookupTarget; readonly showField?: string };
type UrlOptions = CommonOptions & { readonly image?: boolean };

/** Field builders. Every option not given takes the SharePoint default noted beside it. */
export const f = {
  /** SharePoint's built-in `Title` column, renamed and (optionally) made required. */
  title<const O extends TitleOptions>(o: O): TextFieldDef<Req<O>> {
    return { ...common('Text', { ...o, internalName: 'Title' }), required: (o.required === true) as Req<O>, builtIn: true, maxLength: o.maxLength ?? 255, defaultValue: undefined };
  },
  text<const O extends TextOptions>(o: O): TextFieldDef<Req<O>> {
    return { ...common('Text', o), maxLength: o.maxLength ?? 255, defaultValue: o.defaultValue };
  },
  note<const O extends NoteOptions>(o: O): NoteFieldDef<Req<O>> {
    return { ...common('Note', o), lines: o.lines ?? 6, richText: o.richText === true, appendOnly: o.appendOnly ?? false };
  },
  number<const O extends NumberOptions>(o: O): NumberFieldDef<Req<O>> {
    return { ...common('Number', o), min: o.min, max: o.max, decimals: o.decimals, defaultValue: o.defaultValue };
  },
  currency<const O extends CurrencyOptions>(o: O): CurrencyFieldDef<Req<O>> {
    return { ...common('Currency', o), lcid: 2057, min: o.min, decimals: o.decimals ?? 2 };
  },
  date<const O extends CommonOptions>(o: O): DateTimeFieldDef<Req<O>, 'DateOnly'> {
    return { ...common('DateTime', o), format: 'DateOnly' };
  },
  dateTime<const O extends CommonOptions>(o: O): DateTimeFieldDef<Req<O>, 'DateTime'> {
    return { ...common('DateTime', o), format: 'DateTime' };
  },
  boolean(o: BooleanOptions): BooleanFieldDef {
    return { ...common('Boolean', { ...o, required: false as const }), defaultValue: o.defaultValue ?? false };
  },
  choice<const O extends ChoiceOptions>(o: O): ChoiceFieldDef<Req<O>, O['choices'][number], Fill<O>> {
    return { ...common('Choice', o), choices: o.choices, fillIn: (o.fillIn === true) as Fill<O>, defaultValue: o.defaultValue };
  },
  multiChoice<const O extends MultiChoiceOptions>(o: O): MultiChoiceFieldDef<O['choices'][number], Fill<O>> {
    return { ...common('MultiChoice', { ...o, required: false as const }), choices: o.choices, fillIn: (o.fillIn === true) as Fill<O> };
  },
  user<const O extends UserOptions>(o: O): UserFieldDef<Req<O>> {
    return { ...common('User', o), selection: o.allowGroups === true ? 'PeopleAndGroups' : 'PeopleOnly' };
  },
  lookup<const O extends LookupOptions>(o: O): LookupFieldDef<Req<O>> {
    return { ...common('Lookup', o), target: o.target, showField: o.showField ?? 'Title' };
  },
  url<const O extends UrlOptions>(o: O): UrlFieldDef<Req<O>> {
    return { ...common('URL', o), format: o.image === true ? 'Image' : 'Hyperlink' };
  }
};

/** Domain shapes of the reference-typed columns. */
export interface UserRef {
  readonly id: number;
  readonly title: string;
  readonly email: string;
}

export interface LookupRef {
  readonly id: number;
  readonly title: string;
}

export interface Hyperlink {
  readonly url: string;
  readonly description: string;
}

/** A calendar date without a time zone, `YYYY-MM-DD`. */
export type IsoDate = string;

type Nullable<T, R extends boolean> = R extends true ? T : T | null;

/** The domain value a field holds when read. */
export type FieldValue<F extends FieldDef> = F extends TextFieldDef<infer R>
  ? Nullable<string, R>
  : F extends NoteFieldDef<infer R>
    ? Nullable<string, R>
    : F extends NumberFieldDef<infer R>
      ? Nullable<number, R>
      : F extends CurrencyFieldDef<infer R>
        ? Nullable<number, R>
        : F extends DateTimeFieldDef<infer R, infer D>
          ? Nullable<D extends 'DateOnly' ? IsoDate : Date, R>
          : F extends BooleanFieldDef
            ? boolean
            : F extends ChoiceFieldDef<infer R, infer C, infer O>
              ? Nullable<O extends true ? string : C, R>
              : F extends MultiChoiceFieldDef<infer C, infer O>
                ? ReadonlyArray<O extends true ? string : C>
                : F extends UserFieldDef<infer R>
                  ? Nullable<UserRef, R>
                  : F extends LookupFieldDef<infer R>
                    ? Nullable<LookupRef, R>
                    : F extends UrlFieldDef<infer R>
                      ? Nullable<Hyperlink, R>
                      : never;

/** The value a caller supplies when writing: references need only their id. */
export type FieldInput<F extends FieldDef> = F extends UserFieldDef<infer R>
  ? Nullable<{ readonly id: number }, R>
  : F extends LookupFieldDef<infer R>
    ? Nullable<{ readonly id: number }, R>
    : FieldValue<F>;

/** True when the field's value must be supplied on create. */
export type IsRequired<F extends FieldDef> = F extends { readonly required: true } ? true : false;
