// Makes a WebM recorded with MediaRecorder seekable in every browser, in place.
// MediaRecorder streams its file: segment and cluster sizes are "unknown", and
// there is no Duration and no Cues (the index of key frames). Chromium and
// Firefox cope; WebKitGTK guesses a duration of under a second and cannot seek
// past it, and without Cues its seeks in a paused video never finish. This
// writes the sizes, a Duration (the last frame's time plus one frame) and one
// cue per key frame, as a muxer does. Run it once on a newly recorded clip:
//   node scripts/webm-seekable.mjs examples/shared/media/library-visit.webm
import { readFileSync, writeFileSync } from 'node:fs';

const ID = { segment: 0x18538067, info: 0x1549a966, tracks: 0x1654ae6b, cues: 0x1c53bb6b, cluster: 0x1f43b675, clusterTime: 0xe7, blockGroup: 0xa0, block: 0xa1, simpleBlock: 0xa3, referenceBlock: 0xfb, duration: 0x4489 };

/** An EBML variable-length integer at `at`: its value (with the length marker, for IDs) and length. */
function vint(bytes, at, isId = false) {
  let length = 1;
  while (!(bytes[at] & (0x80 >> (length - 1)))) length++;
  let value = isId ? bytes[at] : bytes[at] & (0xff >> length);
  for (let i = 1; i < length; i++) value = value * 256 + bytes[at + i];
  return { value, length, unknown: !isId && value === 2 ** (7 * length) - 1 };
}

/** The elements of `bytes`; one of unknown size runs to the end. */
function elements(bytes) {
  const list = [];
  for (let at = 0; at < bytes.length; ) {
    const id = vint(bytes, at, true);
    const size = vint(bytes, at + id.length);
    const start = at + id.length + size.length;
    const end = size.unknown ? bytes.length : start + size.value;
    list.push({ id: id.value, body: bytes.subarray(start, end) });
    at = end;
  }
  return list;
}

function idBytes(id) {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32BE(id);
  return bytes.subarray(bytes.findIndex((b) => b !== 0));
}
/** An element with an 8-byte size (0x01, then 7 bytes), so that sizes never change its length. */
function element(id, ...children) {
  const body = Buffer.concat(children);
  const size = Buffer.alloc(8);
  size[0] = 0x01;
  size.writeUIntBE(body.length, 2, 6);
  return Buffer.concat([idBytes(id), size, body]);
}
const uint = (id, value) => {
  const bytes = Buffer.alloc(8);
  bytes.writeBigUInt64BE(BigInt(value));
  return element(id, bytes);
};

const file = process.argv[2];
if (!file) {
  console.error('usage: node scripts/webm-seekable.mjs FILE.webm');
  process.exit(1);
}
const bytes = readFileSync(file);
const [ebml, segment] = elements(bytes);
if (segment?.id !== ID.segment) throw new Error(`${file}: not a WebM file`);
const children = elements(segment.body);
if (children.some((c) => c.id === ID.cues)) {
  console.log(`${file} is already seekable`);
  process.exit(0);
}

// Every frame's time, and where each key frame's cluster starts.
const head = children.filter((c) => c.id !== ID.cluster && c.id !== ID.info && c.id !== ID.cues);
const info = children.find((c) => c.id === ID.info);
const clusters = children.filter((c) => c.id === ID.cluster);
let frames = 0;
let last = 0;
const keys = []; // [time, cluster index]
clusters.forEach((cluster, index) => {
  const inner = elements(cluster.body);
  const time = inner.find((e) => e.id === ID.clusterTime);
  const base = time ? time.body.readUIntBE(0, time.body.length) : 0;
  for (const e of inner) {
    const group = e.id === ID.blockGroup ? elements(e.body) : undefined;
    const block = e.id === ID.simpleBlock ? e.body : group?.find((b) => b.id === ID.block)?.body;
    if (!block) continue;
    const track = vint(block, 0);
    const at = base + block.readInt16BE(track.length);
    const key = e.id === ID.simpleBlock ? (block[track.length + 2] & 0x80) !== 0 : !group.some((b) => b.id === ID.referenceBlock);
    if (key) keys.push({ time: at, track: track.value, cluster: index });
    last = Math.max(last, at);
    frames++;
  }
});
const duration = Math.round(last + (frames > 1 ? last / (frames - 1) : 0));
const durationElement = Buffer.from([0x44, 0x89, 0x88, 0, 0, 0, 0, 0, 0, 0, 0]);
durationElement.writeDoubleBE(duration, 3);

const before = Buffer.concat([element(ID.info, info.body, durationElement), ...head.map((c) => element(c.id, c.body))]);
const clusterBytes = clusters.map((c) => element(c.id, c.body));
// Cue positions count from the segment's body; the cues' own length does not depend on them.
const cues = (positions) =>
  element(ID.cues, ...keys.map((k) => element(0xbb, uint(0xb3, k.time), element(0xb7, uint(0xf7, k.track), uint(0xf1, positions[k.cluster])))));
const cuesLength = cues(clusters.map(() => 0)).length;
const positions = [];
let position = before.length + cuesLength;
for (const c of clusterBytes) {
  positions.push(position);
  position += c.length;
}
const body = [before, cues(positions), ...clusterBytes];
writeFileSync(file, Buffer.concat([bytes.subarray(0, ebml.body.byteOffset - bytes.byteOffset + ebml.body.length), element(ID.segment, ...body)]));
console.log(`${file}: ${frames} frames, ${keys.length} key frames, ${duration} ms`);
