import * as React from 'react';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import { TableFrame, tableStyles } from '../../../../ui/table/TableFrame';
import { ragClass } from '../risk/RagBadge';
import type { IPaperCell, IPaperFact, IPaperTable } from './paperModel';

/** One cell: a band's colour behind its words, a re-score's arrow beside its words (the arrow hidden from screen readers: the words say it). */
function CellText(props: { cell: IPaperCell }): React.ReactElement {
  const theme = useTheme();
  const { cell } = props;
  const text = (
    <>
      {cell.arrow !== undefined ? (
        <span aria-hidden="true" style={{ fontWeight: 600, marginRight: 4 }}>
          {cell.arrow.glyph}
        </span>
      ) : null}
      {cell.text}
    </>
  );
  if (cell.rag === undefined) return text;
  return (
    <span className={ragClass(theme, cell.rag)} style={{ whiteSpace: 'normal' }} data-rag={cell.rag ?? 'unscored'}>
      {text}
    </span>
  );
}

export interface IBoardTableProps {
  table: IPaperTable;
  /** Say "none" in a line when the table is empty (default), or show nothing. */
  hideEmpty?: boolean;
}

/**
 * A table of the board view (the same values the paper prints): caption above, the first cell of each row
 * its header, wide tables scrolling inside a labelled region so the page never scrolls sideways at 320 px.
 */
export function BoardTable(props: IBoardTableProps): React.ReactElement | null {
  const theme = useTheme();
  const t = tableStyles(theme);
  const { table } = props;
  if (table.rows.length === 0) {
    if (props.hideEmpty === true) return null;
    return (
      <Text block>
        <span style={{ fontWeight: 600 }}>{`${table.caption}: `}</span>
        {table.empty}
      </Text>
    );
  }
  return (
    <TableFrame caption={table.caption}>
      <thead>
        <tr>
          {table.headers.map((h) => (
            <th key={h} scope="col" style={t.head}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, i) => (
          <tr key={i}>
            {row.map((cell, k) =>
              k === 0 ? (
                <th key={k} scope="row" style={{ ...t.rowHead, overflowWrap: 'break-word', whiteSpace: cell.text.length <= 12 ? 'nowrap' : 'normal' }}>
                  <CellText cell={cell} />
                </th>
              ) : (
                <td key={k} style={{ ...t.cell, overflowWrap: 'break-word' }}>
                  <CellText cell={cell} />
                </td>
              )
            )}
          </tr>
        ))}
      </tbody>
    </TableFrame>
  );
}

/** Label and value pairs (a meeting's day, chair, attendees…), wrapping at any width. */
export function Facts(props: { facts: readonly IPaperFact[] }): React.ReactElement {
  return (
    <dl style={{ display: 'grid', gridTemplateColumns: 'minmax(0, max-content) minmax(0, 1fr)', gap: '4px 12px', margin: 0 }}>
      {props.facts.map((f) => (
        <React.Fragment key={f.label}>
          <dt style={{ fontWeight: 600, overflowWrap: 'anywhere' }}>{f.label}</dt>
          <dd style={{ margin: 0, overflowWrap: 'anywhere', whiteSpace: 'pre-line' }}>{f.value}</dd>
        </React.Fragment>
      ))}
    </dl>
  );
}
