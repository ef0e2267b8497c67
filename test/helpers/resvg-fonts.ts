/**
 * The bundled fonts (@fontsource/noto-sans-sc, @fontsource/noto-emoji) as
 * TrueType files that resvg can load. The packages ship WOFF2 and WOFF only,
 * and resvg reads neither; a WOFF file is a TrueType file with zlib-packed
 * tables, so each is unpacked once into a temporary folder.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { inflateSync } from 'node:zlib';

const fontPackages = ['@fontsource/noto-sans-sc', '@fontsource/noto-emoji'];

/** The TrueType file of one WOFF 1.0 file (https://www.w3.org/TR/WOFF/): same tables, unpacked, in an sfnt directory. */
export function woffToSfnt(woff: Buffer): Buffer {
    if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('Not a WOFF file');
    const flavor = woff.readUInt32BE(4);
    const tableCount = woff.readUInt16BE(12);
    const tables = Array.from({ length: tableCount }, (_, index) => {
        const entry = 44 + index * 20;
        const offset = woff.readUInt32BE(entry + 4);
        const compressedLength = woff.readUInt32BE(entry + 8);
        const length = woff.readUInt32BE(entry + 12);
        const packed = woff.subarray(offset, offset + compressedLength);
        return { tag: woff.readUInt32BE(entry), checksum: woff.readUInt32BE(entry + 16), data: compressedLength < length ? inflateSync(packed) : packed };
    });
    const searchPower = 2 ** Math.floor(Math.log2(tableCount));
    const header = Buffer.alloc(12 + tableCount * 16);
    header.writeUInt32BE(flavor, 0);
    header.writeUInt16BE(tableCount, 4);
    header.writeUInt16BE(searchPower * 16, 6);
    header.writeUInt16BE(Math.log2(searchPower), 8);
    header.writeUInt16BE(tableCount * 16 - searchPower * 16, 10);
    const bodies: Buffer[] = [];
    let offset = header.length;
    for (const [index, table] of tables.entries()) {
        const entry = 12 + index * 16;
        header.writeUInt32BE(table.tag, entry);
        header.writeUInt32BE(table.checksum, entry + 4);
        header.writeUInt32BE(offset, entry + 8);
        header.writeUInt32BE(table.data.length, entry + 12);
        // Tables start on four-byte boundaries.
        const padded = Buffer.alloc(Math.ceil(table.data.length / 4) * 4);
        table.data.copy(padded);
        bodies.push(padded);
        offset += padded.length;
    }
    return Buffer.concat([header, ...bodies]);
}

let converted: string[] | undefined;

/**
 * Paths of TrueType files of the regular and bold faces of the bundled fonts,
 * for resvg's `font.fontFiles`: unpacked once per package version into a
 * shared temporary folder (18 MB), written file by file under a temporary name
 * so that parallel test files never read a half-written font.
 */
export function resvgFontFiles(): string[] {
    converted ??= fontPackages.flatMap(name => {
        const packageFile = createRequire(import.meta.url).resolve(`${name}/package.json`);
        const { version } = JSON.parse(readFileSync(packageFile, 'utf-8')) as { version: string };
        const folder = join(tmpdir(), `svc-resvg-fonts-${name.replace(/^@/, '').replace(/\W+/g, '-')}-${version}`);
        mkdirSync(folder, { recursive: true });
        const files = join(dirname(packageFile), 'files');
        return readdirSync(files).filter(file => /-(400|700)-normal\.woff$/.test(file)).map(file => {
            const path = join(folder, file.replace(/\.woff$/, '.ttf'));
            if (!existsSync(path)) {
                const partial = `${path}.${process.pid}`;
                writeFileSync(partial, woffToSfnt(readFileSync(join(files, file))));
                renameSync(partial, path);
            }
            return path;
        });
    });
    return converted;
}
