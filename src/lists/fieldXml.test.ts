import { Demo } from './testing/demoList';
import { fieldXml, listFieldXml, xmlEscape, SUITE_FIELD_OPTIONS } from './fieldXml';
import { f } from './fields';
import { PeopleList } from './people';

const ids = (key: string): string => ({ people: '1a2b3c4d-0000-0000-0000-000000000001' })[key] ?? 'missing';

describe('fieldXml', () => {
  it('keeps the internal name in Name, StaticName and DisplayName and asks for the internal-name hint', () => {
    const x = fieldXml(PeopleList.fields.upn, ids);
    expect(x.schemaXml).toBe(
      '<Field Type="Text" MaxLength="255" DisplayName="pplUpn" Name="pplUpn" StaticName="pplUpn" Required="TRUE" Indexed="TRUE" EnforceUniqueValues="FALSE" Description="Sign-in name (user@force.police.uk), lower case. The key every import matches on." />'
    );
    expect(x.displayName).toBe('User principal name');
    // eslint-disable-next-line no-bitwise -- AddFieldOptions is a bit mask
    expect(x.options & 8).toBe(8);
    expect(x.options).toBe(SUITE_FIELD_OPTIONS);
  });

  it('writes choices, defaults and escapes them', () => {
    const field = f.choice({ internalName: 'tstA', displayName: 'A', choices: ['R&D', '<b>', 'O"Neil'], fillIn: true, defaultValue: 'R&D' });
    expect(fieldXml(field, ids).schemaXml).toBe(
      '<Field Type="Choice" Format="Dropdown" FillInChoice="TRUE" DisplayName="tstA" Name="tstA" StaticName="tstA" Required="FALSE" Indexed="FALSE" EnforceUniqueValues="FALSE">' +
        '<Default>R&amp;D</Default><CHOICES><CHOICE>R&amp;D</CHOICE><CHOICE>&lt;b&gt;</CHOICE><CHOICE>O&quot;Neil</CHOICE></CHOICES></Field>'
    );
  });

  it('writes every kind of the demo list', () => {
    const xml = listFieldXml(Demo, ids).map((x) => x.schemaXml);
    expect(xml).toHaveLength(14);
    expect(xml.every((x) => x.indexOf('Name="Title"') < 0)).toBe(true);
    expect(xml).toEqual(
      expect.arrayContaining([
        expect.stringContaining('<Field Type="Note" NumLines="6" RichText="FALSE" AppendOnly="FALSE"'),
        expect.stringContaining('<Field Type="Number" Min="0" DisplayName="demQty"'),
        expect.stringContaining('<Field Type="Currency" LCID="2057" Decimals="2"'),
        expect.stringContaining('<Field Type="DateTime" Format="DateOnly" FriendlyDisplayFormat="Disabled" DisplayName="demDue"'),
        expect.stringContaining('<Field Type="DateTime" Format="DateTime"'),
        expect.stringContaining('<Default>0</Default></Field>'),
        expect.stringContaining('<Field Type="MultiChoice" FillInChoice="FALSE"'),
        expect.stringContaining('<Field Type="User" List="UserInfo" ShowField="ImnName" UserSelectionMode="PeopleOnly" UserSelectionScope="0"'),
        expect.stringContaining('<Field Type="Lookup" List="{1a2b3c4d-0000-0000-0000-000000000001}" ShowField="Title"'),
        expect.stringContaining('<Field Type="URL" Format="Hyperlink"')
      ])
    );
  });

  it('declares a rich-text note as full HTML and leaves plain notes plain', () => {
    const rich = f.note({ internalName: 'tstHow', displayName: 'How', richText: true, lines: 12 });
    expect(rich.richText).toBe(true);
    expect(fieldXml(rich, ids).schemaXml).toBe(
      '<Field Type="Note" NumLines="12" RichText="TRUE" RichTextMode="FullHtml" AppendOnly="FALSE" DisplayName="tstHow" Name="tstHow" StaticName="tstHow" Required="FALSE" Indexed="FALSE" EnforceUniqueValues="FALSE" />'
    );
    const plain = f.note({ internalName: 'tstText', displayName: 'Text' });
    expect(plain.richText).toBe(false);
    expect(fieldXml(plain, ids).schemaXml).toContain('RichText="FALSE" AppendOnly="FALSE"');
  });

  it('escapes the five XML characters', () => {
    expect(xmlEscape(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f');
  });
});
