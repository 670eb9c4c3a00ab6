import { formatBatchResponse, parseBatch } from './batch';

describe('$batch multipart', () => {
  it('parses top-level GETs and changeset writes with their real verbs, CRLF tolerated', () => {
    const body = [
      '--batch_a',
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      "GET http://h/sites/dev/_api/web/lists/getByTitle('T')/items HTTP/1.1",
      'Accept: application/json',
      '',
      '--batch_a',
      'Content-Type: multipart/mixed; boundary="changeset_b"',
      '',
      '--changeset_b',
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      "MERGE http://h/sites/dev/_api/web/lists/getByTitle('T')/items(9) HTTP/1.1",
      'IF-Match: "3"',
      '',
      '{"Title":"x"}',
      '',
      '--changeset_b--',
      '',
      '--batch_a--',
      ''
    ].join('\r\n');
    const parts = parseBatch('multipart/mixed; boundary=batch_a', body);
    expect(parts.map((p) => [p.method, p.body])).toEqual([
      ['GET', ''],
      ['MERGE', '{"Title":"x"}']
    ]);
    expect(parts[1].headers['if-match']).toBe('"3"');
  });

  it('formats one flat part per response and ends with the closing boundary and a newline', () => {
    const text = formatBatchResponse('batchresponse_1', [
      { status: 204, headers: { etag: '"2"' }, body: '' },
      { status: 404, headers: { 'content-type': 'application/json' }, body: '{"odata.error":{}}' }
    ]);
    expect(text).toBe(
      [
        '--batchresponse_1',
        'Content-Type: application/http',
        'Content-Transfer-Encoding: binary',
        '',
        'HTTP/1.1 204 No Content',
        'ETAG: "2"',
        '',
        '--batchresponse_1',
        'Content-Type: application/http',
        'Content-Transfer-Encoding: binary',
        '',
        'HTTP/1.1 404 Not Found',
        'CONTENT-TYPE: application/json',
        '',
        '{"odata.error":{}}',
        '--batchresponse_1--',
        ''
      ].join('\n')
    );
  });
});
