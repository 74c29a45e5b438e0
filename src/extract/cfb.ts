// A read-only Compound File Binary reader (MS-CFB): the container of .msg files and legacy Office
// files. Sector chains are followed with loop and bounds guards; a broken file throws Stop("corrupt").
import { Stop } from "./context";
import { decodeUtf16 } from "./decode";

export interface CfbEntry {
  name: string;
  /** 1 storage, 2 stream, 5 root */
  type: number;
  children: CfbEntry[];
  start: number;
  size: number;
}

const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const MAX_ENTRIES = 100000;

/** Header fields (MS-CFB §2.2): byte offsets. */
const H = {
  signature: 0x00,
  sectorShift: 0x1e,
  miniSectorShift: 0x20,
  firstDirectorySector: 0x30,
  miniStreamCutoff: 0x38,
  firstMiniFatSector: 0x3c,
  firstDifatSector: 0x44,
  difat: 0x4c,
};

/** Directory entry fields (MS-CFB §2.6): byte offsets in a 128-byte entry. */
const D = {
  size: 128,
  nameLength: 64,
  type: 66,
  left: 68,
  right: 72,
  child: 76,
  startSector: 116,
  streamSize: 120,
};

function u32(b: Uint8Array, i: number): number {
  return (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;
}
function u16(b: Uint8Array, i: number): number {
  return b[i]! | (b[i + 1]! << 8);
}

export class Cfb {
  readonly root: CfbEntry;
  private readonly sectorSize: number;
  private readonly miniSectorSize: number;
  private readonly cutoff: number;
  private readonly fat: number[] = [];
  private readonly miniFat: number[];
  private readonly miniStream: Uint8Array;

  constructor(private readonly bytes: Uint8Array) {
    if (bytes.length < 512 || u32(bytes, H.signature) !== 0xe011cfd0 || u32(bytes, H.signature + 4) !== 0xe11ab1a1) throw new Stop("corrupt");
    const shift = u16(bytes, H.sectorShift);
    if (shift !== 9 && shift !== 12) throw new Stop("corrupt");
    this.sectorSize = 1 << shift;
    this.miniSectorSize = 1 << u16(bytes, H.miniSectorShift);
    this.cutoff = u32(bytes, H.miniStreamCutoff);
    for (const s of this.fatSectors()) {
      const off = this.offset(s);
      for (let i = 0; i < this.sectorSize / 4; i++) this.fat.push(u32(bytes, off + i * 4));
    }
    this.root = this.directory();
    this.miniFat = [];
    const mf = this.chain(u32(bytes, H.firstMiniFatSector), Infinity);
    for (let i = 0; i + 4 <= mf.length; i += 4) this.miniFat.push(u32(mf, i));
    this.miniStream = this.chain(this.root.start, this.root.size);
  }

  /** The FAT's own sectors: 109 in the header, the rest in a chain of DIFAT sectors. */
  private fatSectors(): number[] {
    const bytes = this.bytes;
    const sectors: number[] = [];
    for (let i = 0; i < 109; i++) {
      const s = u32(bytes, H.difat + i * 4);
      if (s < END_OF_CHAIN) sectors.push(s);
    }
    let difat = u32(bytes, H.firstDifatSector);
    for (let guard = 0; difat < END_OF_CHAIN && guard < 10000; guard++) {
      const off = this.offset(difat);
      const per = this.sectorSize / 4 - 1;
      for (let i = 0; i < per; i++) {
        const s = u32(bytes, off + i * 4);
        if (s < END_OF_CHAIN) sectors.push(s);
      }
      difat = u32(bytes, off + per * 4);
    }
    return sectors;
  }

  /** The directory's entries as a tree under the root storage. */
  private directory(): CfbEntry {
    const dir = this.chain(u32(this.bytes, H.firstDirectorySector), Infinity);
    const entries: CfbEntry[] = [];
    const links: { left: number; right: number; child: number }[] = [];
    for (let p = 0; p + D.size <= dir.length && entries.length < MAX_ENTRIES; p += D.size) {
      const nameLen = Math.min(64, u16(dir, p + D.nameLength));
      entries.push({
        name: decodeUtf16(dir, true, p, p + Math.max(0, nameLen - 2)),
        type: dir[p + D.type]!,
        children: [],
        start: u32(dir, p + D.startSector),
        size: u32(dir, p + D.streamSize),
      });
      links.push({ left: u32(dir, p + D.left), right: u32(dir, p + D.right), child: u32(dir, p + D.child) });
    }
    const root = entries[0];
    if (!root || root.type !== 5) throw new Stop("corrupt");
    // Children of a storage hang in a red-black tree below its child pointer.
    const seen = new Set<number>();
    const collect = (parent: CfbEntry, node: number, depth: number) => {
      const stack = [node];
      while (stack.length) {
        const n = stack.pop()!;
        if (n >= entries.length || seen.has(n)) continue;
        seen.add(n);
        const e = entries[n]!;
        parent.children.push(e);
        stack.push(links[n]!.left, links[n]!.right);
        if ((e.type === 1 || e.type === 5) && depth < 32) collect(e, links[n]!.child, depth + 1);
      }
    };
    seen.add(0);
    collect(root, links[0]!.child, 0);
    return root;
  }

  private offset(sector: number): number {
    const off = (sector + 1) * this.sectorSize;
    // the last sector may be cut short; one that starts past the end is a broken chain
    if (off >= this.bytes.length) throw new Stop("corrupt");
    return off;
  }

  /** The bytes of a sector chain, cut to `size`. */
  private chain(start: number, size: number): Uint8Array {
    const parts: Uint8Array[] = [];
    let total = 0;
    const limit = Math.min(size, this.bytes.length);
    for (let s = start, guard = 0; s < END_OF_CHAIN && s !== FREE && total < limit; guard++) {
      if (guard > this.fat.length + 1) throw new Stop("corrupt");
      const off = this.offset(s);
      parts.push(this.bytes.subarray(off, Math.min(off + this.sectorSize, this.bytes.length)));
      total += this.sectorSize;
      s = this.fat[s] === undefined ? END_OF_CHAIN : this.fat[s]!;
    }
    return concat(parts, Math.min(total, size));
  }

  /** A stream's bytes (from the mini stream when small). */
  read(e: CfbEntry): Uint8Array {
    if (e.type !== 2) return new Uint8Array(0);
    if (e.size >= this.cutoff) return this.chain(e.start, e.size);
    const parts: Uint8Array[] = [];
    let total = 0;
    for (let s = e.start, guard = 0; s < END_OF_CHAIN && total < e.size; guard++) {
      if (guard > this.miniFat.length + 1) throw new Stop("corrupt");
      const off = s * this.miniSectorSize;
      if (off >= this.miniStream.length) throw new Stop("corrupt");
      parts.push(this.miniStream.subarray(off, off + this.miniSectorSize));
      total += this.miniSectorSize;
      s = this.miniFat[s] === undefined ? END_OF_CHAIN : this.miniFat[s]!;
    }
    return concat(parts, Math.min(total, e.size));
  }

  static child(parent: CfbEntry, name: string): CfbEntry | undefined {
    const lower = name.toLowerCase();
    for (const c of parent.children) if (c.name.toLowerCase() === lower) return c;
    return undefined;
  }
}

function concat(parts: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let n = 0;
  for (const p of parts) {
    if (n >= size) break;
    const take = Math.min(p.length, size - n);
    out.set(p.subarray(0, take), n);
    n += take;
  }
  return out;
}
