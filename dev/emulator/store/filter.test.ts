import { ODataError } from './errors';
import { completeField, systemFields } from './fields';
import { filterLiterals, parseFilter, type FilterAst } from './filter';
import type { FieldDef, FilterLiteral } from './types';

let n = 0;
const custom = (def: Parameters<typeof completeField>[0]): FieldDef => completeField(def, `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`, false);

const fields: FieldDef[] = [
  ...systemFields(),
  custom({ InternalName: 'Status', TypeAsString: 'Choice', Choices: ['New', 'Done'] }),
  custom({ InternalName: 'Tags', TypeAsString: 'MultiChoice', Choices: ['A', 'B'] }),
  custom({ InternalName: 'Qty', TypeAsString: 'Number' }),
  custom({ InternalName: 'Due', TypeAsString: 'DateTime' }),
  custom({ InternalName: 'Done', TypeAsString: 'Boolean' }),
  custom({ InternalName: 'Owner', TypeAsString: 'User' }),
  custom({ InternalName: 'Approvers', TypeAsString: 'UserMulti' }),
  custom({ InternalName: 'Module', TypeAsString: 'Lookup', LookupList: 'aaaaaaaa-0000-4000-8000-000000000001' }),
  custom({ InternalName: 'Modules', TypeAsString: 'LookupMulti', LookupList: 'aaaaaaaa-0000-4000-8000-000000000001' }),
  custom({ InternalName: 'Notes', TypeAsString: 'Note' }),
  custom({ InternalName: 'Link', TypeAsString: 'URL' })
];

const parse = (filter: string): FilterAst => parseFilter(filter, fields);
const literals = (filter: string): FilterLiteral[] => filterLiterals(parse(filter));

function errorOf(filter: string): ODataError {
  try {
    parse(filter);
  } catch (e) {
    if (e instanceof ODataError) return e;
    throw e;
  }
  throw new Error(`expected ${filter} to fail`);
}

/** Compact rendering of an AST for table-driven expectations. */
function show(ast: FilterAst): string {
  switch (ast.kind) {
    case 'and':
    case 'or':
      return `(${show(ast.left)} ${ast.kind} ${show(ast.right)})`;
    case 'compare':
      return `${ast.target.field.InternalName}${ast.target.projection === null ? '' : `/${ast.target.projection}`} ${ast.op} ${JSON.stringify(ast.key)}`;
    default:
      return `${ast.kind}(${ast.target.field.InternalName}${ast.target.projection === null ? '' : `/${ast.target.projection}`},${JSON.stringify(ast.key)})`;
  }
}

describe('parseFilter: accepted expressions', () => {
  const jan1 = Date.UTC(2026, 0, 1);
  test.each<[string, string]>([
    ["Title eq 'x'", 'Title eq "x"'],
    ["Title eq 'ABC'", 'Title eq "abc"'],
    ["Title ne 'x'", 'Title ne "x"'],
    ['Qty lt 5', 'Qty lt 5'],
    ['Qty le 5.5', 'Qty le 5.5'],
    ['Qty gt -3', 'Qty gt -3'],
    ['Qty ge 1e3', 'Qty ge 1000'],
    ['Id eq 12', 'ID eq 12'],
    ['ID eq 12', 'ID eq 12'],
    ['OwnerId eq 12', 'Owner eq 12'],
    ['Owner/Id eq 12', 'Owner eq 12'],
    ['Owner/ID eq 12', 'Owner eq 12'],
    ["Owner/EMail eq 'a@b.uk'", 'Owner/EMail eq "a@b.uk"'],
    ["Owner/Title eq 'Jo'", 'Owner/Title eq "jo"'],
    ['AuthorId eq 3', 'Author eq 3'],
    ["Author/EMail eq 'x'", 'Author/EMail eq "x"'],
    ['ModuleId eq 5', 'Module eq 5'],
    ["Module/Title eq 'Intro'", 'Module/Title eq "intro"'],
    ['OData__ModerationStatus eq 2', '_ModerationStatus eq 2'],
    ['Done eq 1', 'Done eq 1'],
    ['Done eq 0', 'Done eq 0'],
    ['Done eq true', 'Done eq 1'],
    ['Done eq false', 'Done eq 0'],
    ["Due lt datetime'2026-01-01T00:00:00Z'", `Due lt ${jan1}`],
    ["Due lt '2026-01-01T00:00:00Z'", `Due lt ${jan1}`],
    ["Due lt '2026-01-01'", `Due lt ${jan1}`],
    ["Due ge datetime'2026-01-01T01:00:00+01:00'", `Due ge ${jan1}`],
    ["Created ge datetime'2026-01-01T00:00:00.000Z'", `Created ge ${jan1}`],
    ['Due eq null', 'Due eq null'],
    ['Title ne null', 'Title ne null'],
    ['OwnerId eq null', 'Owner eq null'],
    ["Tags eq 'A'", 'Tags eq "a"'],
    ["startswith(Title,'Ab')", 'startswith(Title,"ab")'],
    ["startswith(Title, 'Ab') eq true", 'startswith(Title,"ab")'],
    ["substringof('cd',Title)", 'substringof(Title,"cd")'],
    ["substringof('x',Owner/Title)", 'substringof(Owner/Title,"x")'],
    ["Title eq 'a' and Qty eq 1", '(Title eq "a" and Qty eq 1)'],
    ["Title eq 'a' or Qty eq 1", '(Title eq "a" or Qty eq 1)'],
    ["Title eq 'a' or Qty eq 1 and Qty eq 2", '(Title eq "a" or (Qty eq 1 and Qty eq 2))'],
    ["(Title eq 'a' or Qty eq 1) and Qty eq 2", '((Title eq "a" or Qty eq 1) and Qty eq 2)'],
    ["((Title eq 'a'))", 'Title eq "a"'],
    ["Title eq 'a' and Qty eq 1 and Done eq 1", '((Title eq "a" and Qty eq 1) and Done eq 1)'],
    ["  Title   eq\t'a'  ", 'Title eq "a"'],
    ["Status eq 'Done'", 'Status eq "done"']
  ])('%s', (filter, expected) => {
    expect(show(parse(filter))).toBe(expected);
  });
});

describe('parseFilter: literals stay literals', () => {
  test.each<[string, FilterLiteral[]]>([
    ["Title eq 'O''Brien'", [{ field: 'Title', op: 'eq', type: 'string', value: "O'Brien" }]],
    ["Title eq 'x'' or Title ne '''", [{ field: 'Title', op: 'eq', type: 'string', value: "x' or Title ne '" }]],
    ["Title eq ''''", [{ field: 'Title', op: 'eq', type: 'string', value: "'" }]],
    ["Title eq ''", [{ field: 'Title', op: 'eq', type: 'string', value: '' }]],
    ["Title eq ') or (1 eq 1'", [{ field: 'Title', op: 'eq', type: 'string', value: ') or (1 eq 1' }]],
    ["Title eq 'and'", [{ field: 'Title', op: 'eq', type: 'string', value: 'and' }]],
    ["Title eq 'Ünïcødé ✓'", [{ field: 'Title', op: 'eq', type: 'string', value: 'Ünïcødé ✓' }]],
    ['OwnerId eq 12', [{ field: 'OwnerId', op: 'eq', type: 'number', value: 12 }]],
    ["Owner/EMail eq 'a@b'", [{ field: 'Owner/EMail', op: 'eq', type: 'string', value: 'a@b' }]],
    ['Done eq true', [{ field: 'Done', op: 'eq', type: 'boolean', value: true }]],
    ['Done eq 1', [{ field: 'Done', op: 'eq', type: 'number', value: 1 }]],
    ['Due eq null', [{ field: 'Due', op: 'eq', type: 'null', value: null }]],
    ["Due gt datetime'2026-01-01T00:00:00Z'", [{ field: 'Due', op: 'gt', type: 'datetime', value: '2026-01-01T00:00:00Z' }]],
    ["startswith(Title,'a''b')", [{ field: 'Title', op: 'startswith', type: 'string', value: "a'b" }]],
    ["substringof('q',Title)", [{ field: 'Title', op: 'substringof', type: 'string', value: 'q' }]],
    [
      "Title eq 'a' or (Qty gt 2 and Title eq 'b')",
      [
        { field: 'Title', op: 'eq', type: 'string', value: 'a' },
        { field: 'Qty', op: 'gt', type: 'number', value: 2 },
        { field: 'Title', op: 'eq', type: 'string', value: 'b' }
      ]
    ]
  ])('%s', (filter, expected) => {
    expect(literals(filter)).toEqual(expected);
  });
});

describe('parseFilter: refused with 400', () => {
  const invalid = (f: string): [string, string, string] => [f, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `The expression "${f}" is not valid.`];
  const notValid = (f: string): [string, string, string] => [f, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', 'The query is not valid.'];
  const missing = (f: string, col: string): [string, string, string] => [f, '-2146232832, Microsoft.SharePoint.SPException', `Column '${col}' does not exist. It may have been deleted by another user.`];
  const notFilterable = (f: string, name: string, type: string): [string, string, string] => [
    f,
    '-1, Microsoft.SharePoint.SPException',
    `The field '${name}' of type '${type}' cannot be used in the query filter expression.`
  ];
  test.each<[string, string, string]>([
    invalid(''),
    invalid('   '),
    invalid("Title eq 'x"),
    invalid("Title eq 'x''"),
    invalid('Title eq'),
    invalid("Title 'x'"),
    invalid("Title == 'x'"),
    invalid("Title Eq 'x'"),
    invalid("'x' eq Title"),
    invalid("Title eq 'a' and"),
    invalid("(Title eq 'a'"),
    invalid("Title eq 'a')"),
    invalid("Title eq 'a' Qty eq 1"),
    invalid('(ATVQAApproval eq 1),ATVReceived eq 1'.replace('ATVQAApproval', 'Qty').replace('ATVReceived', 'Qty')),
    invalid("Qty eq 'five'"),
    invalid('Title eq 5'),
    invalid('Done eq 2'),
    invalid("Done eq 'yes'"),
    invalid('Qty eq true'),
    invalid("Due eq 'not a date'"),
    invalid("Due eq datetime'2026-02-30T00:00:00Z'"),
    invalid('Qty lt null'),
    invalid("Tags gt 'A'"),
    invalid("startswith(Tags,'A')"),
    invalid("startswith('a',Title)"),
    invalid("substringof(Title,'a')"),
    invalid("startswith(Qty,'1')"),
    invalid("Owner eq 'Jo'"),
    invalid("Owner/Foo eq 'x'"),
    invalid("Title/Foo eq 'x'"),
    invalid("Owner/Title/X eq 'x'"),
    invalid("frobnicate(Title,'x')"),
    invalid("guid'00000000-0000-0000-0000-000000000000' eq Title"),
    invalid('Title eq $x'),
    invalid('Qty eq 1x'),
    notValid("endswith(Title,'x')"),
    notValid("tolower(Title) eq 'x'"),
    notValid("contains(Title,'x')"),
    notValid('year(Due) eq 2026'),
    notValid("not startswith(Title,'x')"),
    notValid("not (Title eq 'x')"),
    notValid('Qty add 1 eq 2'),
    notValid('Qty eq 1 add 1'),
    notValid('Qty mul 2 gt 4'),
    missing("Nope eq 'x'", 'Nope'),
    missing("Created_x0020_Date eq 'x'", 'Created_x0020_Date'),
    missing("Nope/Title eq 'x'", 'Nope'),
    missing("title eq 'x'", 'title'),
    notFilterable('ApproversId eq 1', 'Approvers', 'UserMulti'),
    notFilterable('Approvers/Id eq 1', 'Approvers', 'UserMulti'),
    notFilterable("Modules/Title eq 'x'", 'Modules', 'LookupMulti'),
    notFilterable('ModulesId eq 1', 'Modules', 'LookupMulti'),
    notFilterable("Notes eq 'x'", 'Notes', 'Note'),
    notFilterable("Link eq 'x'", 'Link', 'URL'),
    notFilterable("GUID eq 'x'", 'GUID', 'Guid')
  ])('%s', (filter, code, message) => {
    const e = errorOf(filter);
    expect(e.status).toBe(400);
    expect(e.code).toBe(code);
    expect(e.message).toBe(message);
  });
});

describe('parseFilter: size limits', () => {
  test('a long and-chain parses and keeps every literal in order', () => {
    const filter = Array.from({ length: 2000 }, (_, i) => `Qty ne ${i}`).join(' and ');
    const lits = literals(filter);
    expect(lits).toHaveLength(2000);
    expect(lits[1999]).toEqual({ field: 'Qty', op: 'ne', type: 'number', value: 1999 });
  });

  test('nesting deeper than 100 parentheses is refused, 100 is fine', () => {
    const nest = (n: number): string => `${'('.repeat(n)}Qty eq 1${')'.repeat(n)}`;
    expect(show(parse(nest(100)))).toBe('Qty eq 1');
    expect(errorOf(nest(101)).message).toBe('The query is not valid.');
    expect(errorOf(nest(100_000)).status).toBe(400);
  });
});
