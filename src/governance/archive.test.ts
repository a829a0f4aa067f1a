import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { jsonArrayElements, readArchive, repairMojibake, type ArchiveFormat, type ArchiveItem } from './archive.js';
import { demoArchive } from './demo-archive.js';

async function all(chunks: (string | Buffer)[], format: ArchiveFormat): Promise<ArchiveItem[]> {
  const out: ArchiveItem[] = [];
  for await (const i of readArchive(Readable.from(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c))), format)) out.push(i);
  return out;
}

/** Cut a text into chunks of `size` bytes (so tokens straddle chunk boundaries). */
const cut = (s: string, size: number): Buffer[] => {
  const b = Buffer.from(s);
  const out: Buffer[] = [];
  for (let i = 0; i < b.length; i += size) out.push(b.subarray(i, i + size));
  return out;
};

describe('archive reading', () => {
  it('reads a CSV with Dutch headers and ; in any column order, quoted newlines and a BOM', async () => {
    const csv = '\ufeffAantal media;Tekst;Datum;Auteur\n2;"Sportdag!\nMet foto\'s; veel";15-09-2025 14:30;Juf Anouk\n0;;2025-09-16;\n1;Nog een bericht;;\n';
    const items = await all([csv], 'csv');
    expect(items[0]).toEqual({ ok: true, post: { n: 1, text: "Sportdag!\nMet foto's; veel", media: 2, date: '2025-09-15T14:30:00.000Z', author: 'Juf Anouk' } });
    expect(items[1]).toMatchObject({ ok: false, n: 2 });
    expect(items[2]).toEqual({ ok: true, post: { n: 3, text: 'Nog een bericht', media: 1 } });
  });

  it('reads a CSV with English headers and commas, and refuses one without a text column', async () => {
    const items = await all(['created_time,message,from,photos\n2025-01-02T10:00:00Z,"Hello, world",School,3\n'], 'csv');
    expect(items).toEqual([{ ok: true, post: { n: 1, text: 'Hello, world', date: '2025-01-02T10:00:00.000Z', author: 'School', media: 3 } }]);
    await expect(all(['datum;auteur\n2025-01-01;x\n'], 'csv')).rejects.toMatchObject({ code: 'invalid_import', path: 'text' });
  });

  it('reads a Facebook page export: timestamps, data[].post, attachments, Latin-1 escaped UTF-8', async () => {
    const fb = JSON.stringify([
      { timestamp: 1726000000, data: [{ post: 'Gefeliciteerd met je verjaardag! \u00c3\u00a9\u00c3\u00a9n taart' }], attachments: [{ data: [{ media: { uri: 'a.jpg' } }, { media: { uri: 'b.jpg' } }] }], title: 'n.b.s. de Sterren updated their status.' },
      { timestamp: 1726100000, attachments: [{ data: [{ media: { uri: 'c.jpg' } }] }], title: 'n.b.s. de Sterren added a new photo.' },
      { timestamp: 1726200000, data: [{ update_timestamp: 1 }] },
    ]);
    const items = await all(cut(fb, 7), 'json');
    expect(items[0]).toEqual({ ok: true, post: { n: 1, text: 'Gefeliciteerd met je verjaardag! één taart', media: 2, date: '2024-09-10T20:26:40.000Z' } });
    expect(items[1]).toMatchObject({ ok: true, post: { n: 2, text: 'n.b.s. de Sterren added a new photo.', media: 1 } });
    expect(items[2]).toMatchObject({ ok: false, n: 3 });
    expect(repairMojibake('caf\u00c3\u00a9')).toBe('café');
    expect(repairMojibake('café')).toBe('café');
  });

  it('finds the posts array inside an object, with strings containing brackets and escapes', async () => {
    const doc = '{"meta": 1, "posts": [{"text": "a ] b [ c \\" d }"}, {"message": "tweede, met komma"}, 42]}';
    const items = await all(cut(doc, 3), 'json');
    expect(items.map((i) => (i.ok ? i.post.text : 'fout'))).toEqual(['a ] b [ c " d }', 'tweede, met komma', 'fout']);
  });

  it('reports a cut-off or non-JSON archive as an import error', async () => {
    await expect(all(['[{"text": "a"}, {"text": '], 'json')).rejects.toMatchObject({ code: 'invalid_import' });
    await expect(all(['hallo'], 'json')).rejects.toMatchObject({ code: 'invalid_import' });
  });

  it('reads JSON lines, a bad line yielding an error item', async () => {
    const items = await all(['{"text":"een","date":"2025-03-01"}\n', 'kapot\n', '{"tekst":"twee","media":2}\n'], 'jsonl');
    expect(items.map((i) => i.ok)).toEqual([true, false, true]);
  });

  it('reads the same demo archive alike in every format', async () => {
    const texts: Record<string, string[]> = {};
    for (const f of ['csv', 'json', 'jsonl'] as const) {
      const items = await all([...demoArchive(200, f)], f);
      expect(items.every((i) => i.ok), f).toBe(true);
      texts[f] = items.map((i) => (i.ok ? `${i.post.text}|${i.post.media}|${i.post.date}` : ''));
    }
    expect(texts.json).toEqual(texts.csv);
    expect(texts.jsonl).toEqual(texts.csv);
  });

  it('reads NUL characters and lone surrogates as U+FFFD, in every format, so the report can be stored', async () => {
    const csv = await all(['tekst;auteur\n"Daan is dom\u0000";Juf\u0000 Anouk\n'], 'csv');
    expect(csv).toEqual([{ ok: true, post: { n: 1, text: 'Daan is dom\ufffd', media: 0, author: 'Juf\ufffd Anouk' } }]);
    const jsonl = await all(['{"text":"a\\ud800b \\udc00 \\ud83d\\ude00 \\u0000"}\n'], 'jsonl');
    expect(jsonl).toEqual([{ ok: true, post: { n: 1, text: 'a\ufffdb \ufffd \u{1f600} \ufffd', media: 0 } }]);
    const json = await all(['[{"message":"x\\udfff"}]'], 'json');
    expect(json).toEqual([{ ok: true, post: { n: 1, text: 'x\ufffd', media: 0 } }]);
  });

  it('yields array elements one by one', async () => {
    const els: string[] = [];
    for await (const e of jsonArrayElements(Readable.from(['[1, {"a": [2, 3]}, "x"]']))) els.push(e.text!.trim());
    expect(els).toEqual(['1', '{"a": [2, 3]}', '"x"']);
  });
});
