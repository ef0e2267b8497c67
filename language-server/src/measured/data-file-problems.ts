import { formatNumber } from '../model/format-quantity.js';
import { problem } from './parse-result.js';

/**
 * The most bytes a data file may have. LANGUAGE.md says "20 MB"; read as
 * 20 MiB, the size file managers on Windows show as 20 MB, so no file a user
 * sees as 20 MB or less is refused.
 */
export const maxDataFileBytes = 20 * 1024 * 1024;

/** The data root as the message names it: relative to the spec's folder, which is itself named in words. */
function rootName(root: string): { en: string; zh: string } {
    return root === '.' ? { en: "(this .svc file's folder)", zh: '（本 .svc 文件所在文件夹）' } : { en: `'${root}'`, zh: `“${root}”` };
}

/** Why a `from` path names no data file: the texts of `data-file-invalid`, quoting the path as written. */
export const dataFileProblems = {
    empty: () => problem(
        'The path is empty: name a CSV file, relative to this .svc file.',
        '路径为空：请写出 CSV 数据文件相对于本 .svc 文件的路径。'),
    absolute: (path: string) => problem(
        `'${path}' is an absolute path: write it relative to this .svc file, inside its data root.`,
        `“${path}”是绝对路径：请写相对于本 .svc 文件的路径，且位于数据根目录之内。`),
    backslash: (path: string) => problem(
        `'${path}' separates folders with '\\': write '/' (data/kpi.csv), on every system.`,
        `“${path}”用“\\”分隔文件夹：在任何系统上都请用“/”（如 data/kpi.csv）。`),
    outsideRoot: (path: string, root: string) => problem(
        `'${path}' leaves the data root ${rootName(root).en}: data files lie in the folder of the nearest svc.config.json, else in the folder of the .svc file.`,
        `“${path}”超出了数据根目录${rootName(root).zh}：数据文件须位于最近的 svc.config.json 所在文件夹内；没有该文件时，须位于 .svc 文件所在文件夹内。`),
    linkOutsideRoot: (path: string, target: string, root: string) => problem(
        `'${path}' leads through a symbolic link to '${target}', outside the data root ${rootName(root).en}.`,
        `“${path}”经符号链接指向“${target}”，超出了数据根目录${rootName(root).zh}。`),
    missing: (path: string) => problem(
        `'${path}': no such file.`,
        `“${path}”：文件不存在。`),
    linkNotFollowed: (path: string) => problem(
        `'${path}' is a symbolic link: in the browser, links are not followed, since where they lead cannot be checked against the data root.`,
        `“${path}”是符号链接：在浏览器中不跟随符号链接，因为无法核实其目标是否位于数据根目录之内。`),
    linkLoop: (path: string) => problem(
        `'${path}': its symbolic links form a loop.`,
        `“${path}”：符号链接构成循环。`),
    folder: (path: string) => problem(
        `'${path}' is a folder, not a data file.`,
        `“${path}”是文件夹，不是数据文件。`),
    notRegularFile: (path: string) => problem(
        `'${path}' is not a regular file (a device, pipe or socket): name a CSV file.`,
        `“${path}”不是普通文件（而是设备、管道或套接字）：请指定 CSV 文件。`),
    tooLarge: (path: string, bytes?: number) => {
        const size = bytes === undefined ? '' : formatNumber(bytes / 1024 / 1024);
        return problem(
            `'${path}' is larger than 20 MB${size && ` (${size} MB)`}: split it, or export only the periods that matter.`,
            `“${path}”超过 20 MB${size && `（${size} MB）`}：请拆分文件，或只导出需要的期间。`);
    },
    unreadable: (path: string) => problem(
        `'${path}' cannot be read: permission denied.`,
        `无法读取“${path}”：没有权限。`),
    other: (path: string, reason: string) => problem(
        `'${path}' cannot be read: ${reason}`,
        `无法读取“${path}”：${reason}`)
};

/** The problem behind a failed `realpath`, `stat`, `access` or `open`. */
export function systemProblem(path: string, error: unknown) {
    switch ((error as NodeJS.ErrnoException).code) {
        // ENOTDIR: a folder of the path is a file.
        case 'ENOENT': case 'ENOTDIR': return dataFileProblems.missing(path);
        case 'EACCES': case 'EPERM': return dataFileProblems.unreadable(path);
        case 'ELOOP': return dataFileProblems.linkLoop(path);
        case 'EISDIR': return dataFileProblems.folder(path);
        // The web build's file system (files/editor-workspace-files.ts).
        case 'ESYMLINK': return dataFileProblems.linkNotFollowed(path);
        default: return dataFileProblems.other(path, error instanceof Error ? error.message : String(error));
    }
}
